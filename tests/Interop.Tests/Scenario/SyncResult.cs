using System.Text.Json;

namespace Interop.Tests.Scenario;

/// <summary>What a client reports after the sync scenario (the JSON the PHP, suds and raw Node scripts print).</summary>
/// <param name="Events">Retrieve of both demo events, in the order asked.</param>
/// <param name="Retrieve">The invitee's Registration, retrieved after Register.</param>
/// <param name="Search">The searches for the invitee, made with the last name Retrieve returned.</param>
/// <param name="Updated">GetUpdated of Registrations over the window the test gave.</param>
/// <param name="LastRequest">The last envelope the client sent.</param>
public sealed record SyncResult(
    LoginOutcome Login,
    IReadOnlyList<ItemOutcome> Register,
    IReadOnlyList<EventOutcome> Events,
    RetrieveOutcome? Retrieve,
    SearchOutcome? Search,
    IReadOnlyList<string> Updated,
    string? LastRequest)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SyncResult Parse(string json) =>
        JsonSerializer.Deserialize<SyncResult>(json, Json) ?? throw new JsonException("The client printed no result.");
}
