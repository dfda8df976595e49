using Breakout.Domain.Events;

namespace Breakout.Domain.Tests;

public sealed class EventParameterRulesTests
{
    private static EventParameters Item(params (string Name, string Value)[] values) =>
        new(null, null, values.ToDictionary(v => v.Name, v => v.Value), []);

    private static readonly EventDates Current = new(
        new DateTimeOffset(2027, 9, 1, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 9, 1, 22, 0, 0, TimeSpan.Zero), null);

    [Fact]
    public void Update_IsCheckedAgainstTheEventsOwnDates()
    {
        Assert.Equal("CV94106", EventParameterRules.Read(Item(("EndDate", "2027-09-01T17:00:00")), Current).Error?.Code);
        Assert.Equal("CV94112", EventParameterRules.Read(Item(("RSVPByDate", "2027-09-02T00:00:00")), Current).Error?.Code);
        Assert.Null(EventParameterRules.Read(Item(("EndDate", "2027-09-01T23:00:00")), Current).Error);
    }

    [Fact]
    public void Update_MayNotClearARequiredParameter_ButMayClearAnOptionalOne()
    {
        Assert.Equal("CV94101", EventParameterRules.Read(Item(("Title", " ")), Current).Error?.Code);
        var (changes, error) = EventParameterRules.Read(Item(("City", "")), Current);
        Assert.Null(error);
        Assert.True(changes!.Has("City"));
        Assert.Null(changes.Text("City"));
    }

    [Fact]
    public void LongTexts_AreCutToTheEventFieldsLength()
    {
        var (changes, _) = EventParameterRules.Read(Item(("Title", new string('x', 300))), Current);

        Assert.Equal(200, changes!.Text("Title")!.Length);
    }

    [Fact]
    public void EventCodes_AreTenCharactersOfCrockfordBase32_AndTheSameForTheSameId()
    {
        var id = CventId.New();

        var code = EventCodes.FromId(id);

        Assert.Equal(10, code.Length);
        Assert.All(code, c => Assert.Contains(c, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"));
        Assert.Equal(code, EventCodes.FromId(CventId.Parse(id.ToString())));
        Assert.NotEqual(code, EventCodes.FromId(CventId.New()));
    }
}
