using Breakout.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>Capacity, waitlist and promotion on the demo workshop (capacity 5, waitlist 3), each test on its own Server.</summary>
public sealed class WaitlistTests : OwnServerTests
{
    private string Workshop => Server.Session("WKS").Id;

    private List<string> Invitees(int count) => [.. Server.AcceptedInvitees.Take(count).Select(i => i.Id)];

    [Fact]
    public async Task Register_BeyondCapacity_Waitlists_ThenRefuses()
    {
        var ids = Invitees(10);
        var results = await Server.SessionRegActionAsync(Token, "Register", Workshop, [.. ids.Select(id => ((string?)id, (string?)null, (string?)null))]);

        Assert.Equal(Enumerable.Repeat(true, 5).Concat(Enumerable.Repeat(false, 5)), results.Select(r => r.Success));
        Assert.Equal(["BO90203", "BO90203", "BO90203", "BO90202", "BO90202"], results.Skip(5).Select(r => r.ErrorCode));
        Assert.Equal(
            [1, 2, 3],
            results.Skip(5).Take(3).Select(r => int.Parse(r.ErrorDescription!.Split(' ').Last(), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(await Server.Services.GetRequiredService<IBreakoutStore>().VerifyAsync());
    }

    [Fact]
    public async Task Unregister_PromotesFirstWaitlisted_ExactlyOnce()
    {
        var ids = Invitees(8);
        await Server.SessionRegActionAsync(Token, "Register", Workshop, [.. ids.Select(id => ((string?)id, (string?)null, (string?)null))]);

        var unregister = Assert.Single(await Server.SessionRegActionAsync(Token, "Unregister", Workshop, (ids[0], null, null)));
        Assert.True(unregister.Success);

        // ids[5] was first on the waitlist: now registered. ids[6] and ids[7] still wait, now at positions 1 and 2.
        var again = await Server.SessionRegActionAsync(Token, "Register", Workshop, (ids[5], null, null), (ids[6], null, null), (ids[0], null, null));
        Assert.Equal(["CV90105", "BO90204", "BO90203"], again.Select(r => r.ErrorCode));
        Assert.EndsWith("position 3", again[2].ErrorDescription, StringComparison.Ordinal);

        var rows = await Server.Services.GetRequiredService<IBreakoutStore>()
            .ExportRegistrationsAsync(1).Where(r => r.SessionId == Workshop).ToListAsync();
        Assert.Equal(5, rows.Count(r => r.Placement == "Registered"));
        Assert.Equal([ids[6], ids[7], ids[0]], rows.Where(r => r.Placement == "Waitlisted").OrderBy(r => r.WaitlistPosition).Select(r => r.RegistrantId));
        Assert.Empty(await Server.Services.GetRequiredService<IBreakoutStore>().VerifyAsync());
    }

    [Fact]
    public async Task Unregister_OfWaitlisted_LeavesWaitlist_AndClosesTheGap()
    {
        var ids = Invitees(8);
        await Server.SessionRegActionAsync(Token, "Register", Workshop, [.. ids.Select(id => ((string?)id, (string?)null, (string?)null))]);

        var left = Assert.Single(await Server.SessionRegActionAsync(Token, "Unregister", Workshop, (ids[6], null, null)));

        Assert.True(left.Success);
        var rows = await Server.Services.GetRequiredService<IBreakoutStore>()
            .ExportRegistrationsAsync(1).Where(r => r.SessionId == Workshop && r.Placement == "Waitlisted").ToListAsync();
        Assert.Equal([(ids[5], 1), (ids[7], 2)], rows.OrderBy(r => r.WaitlistPosition).Select(r => (r.RegistrantId, r.WaitlistPosition!.Value)));
        Assert.Empty(await Server.Services.GetRequiredService<IBreakoutStore>().VerifyAsync());
    }
}
