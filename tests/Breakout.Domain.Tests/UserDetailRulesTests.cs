using Breakout.Domain.Users;

namespace Breakout.Domain.Tests;

/// <summary>The VisibilityDefaults of CreateUser and UpdateUser items (issue #17): what is taken, and why a row is refused.</summary>
public sealed class UserDetailRulesTests
{
    private static readonly string Group = "3B9E0000-0000-4000-8000-000000000001";

    [Fact]
    public void ParseVisibility_TakesEachGroupAndKind_InOrder()
    {
        var (defaults, error) = UserDetailRules.ParseVisibility(
            [new(Group, "Event"), new(" " + Group.ToLowerInvariant() + " ", "Meeting Requests"), new(Group, "Document Security")]);

        Assert.Null(error);
        Assert.Equal([(Group, "Event"), (Group, "Meeting Requests"), (Group, "Document Security")], defaults.Select(d => (d.Group.ToString(), d.Type)));
    }

    [Theory]
    [InlineData("nonsense", "Event", "UserGroupId 'nonsense' is not an ID")]
    [InlineData(null, "Event", "UserGroupId '' is not an ID")]
    [InlineData("3B9E0000-0000-4000-8000-000000000001", "event", "VisibilityType 'event' is not one of Event, Survey, RFP")]
    [InlineData("3B9E0000-0000-4000-8000-000000000001", " Event", "VisibilityType ' Event' is not one of")]
    [InlineData("3B9E0000-0000-4000-8000-000000000001", null, "VisibilityType '' is not one of")]
    public void ParseVisibility_RefusesAnItemWithABadRow_WithBO92103NamingIt(string? group, string? type, string why)
    {
        var (defaults, error) = UserDetailRules.ParseVisibility([new(Group, "Survey"), new(group, type)]);

        Assert.Empty(defaults);
        Assert.Equal("BO92103", error?.Code);
        Assert.Contains(why, error!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseVisibility_RefusesTheSameGroupAndKindTwice()
    {
        var (_, error) = UserDetailRules.ParseVisibility([new(Group, "RFP"), new(Group.ToLowerInvariant(), "RFP")]);

        Assert.Equal("BO92103", error?.Code);
        Assert.Contains("given twice for RFP", error!.Description, StringComparison.Ordinal);
    }
}
