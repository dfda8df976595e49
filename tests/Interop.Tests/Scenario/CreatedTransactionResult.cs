using System.Text.Json;
using Breakout.TestSupport;

namespace Interop.Tests.Scenario;

/// <summary>
/// What a client printed after CreateTransaction of 0.10 for the demo's first Accepted invitee and a Retrieve of the new
/// Transaction (clients/*/create_transaction.*): the per-item result and the retrieved object's fields.
/// </summary>
public static class CreatedTransactionResult
{
    public static void AssertCreated(BreakoutServer server, string output, string referenceId)
    {
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var retrieved = root.GetProperty("retrieved");
        var invitee = server.AcceptedInvitees.First().Id;

        Assert.True(root.GetProperty("success").GetBoolean(), output);
        Assert.Equal(referenceId, root.GetProperty("referenceId").GetString());
        Assert.Equal(invitee, root.GetProperty("inviteeId").GetString());
        Assert.Equal("Transaction", retrieved.GetProperty("type").GetString());
        Assert.Equal(root.GetProperty("id").GetString(), retrieved.GetProperty("id").GetString());
        Assert.Equal(invitee, retrieved.GetProperty("inviteeId").GetString());
        Assert.Equal("0.10", retrieved.GetProperty("amount").GetString());
    }
}
