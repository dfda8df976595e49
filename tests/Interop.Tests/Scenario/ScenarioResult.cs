using System.Text.Json;

namespace Interop.Tests.Scenario;

/// <summary>What a client reports after the interop scenario (the JSON the Python and Node scripts print).</summary>
/// <param name="Validate">ValidateInvitee of the invitee and the missing ID after Register.</param>
/// <param name="ValidateAfter">ValidateInvitee of the invitee after Unregister.</param>
/// <param name="Retrieve">The invitee's Registration, retrieved while it holds the seat Register took.</param>
/// <param name="Search">The searches for the invitee, made with the last name Retrieve returned.</param>
public sealed record ScenarioResult(
    LoginOutcome Login,
    string? Binding,
    IReadOnlyList<ItemOutcome> Register,
    IReadOnlyList<ItemOutcome> Unregister,
    string? LastRequest,
    IReadOnlyList<ValidateOutcome>? Validate = null,
    IReadOnlyList<ValidateOutcome>? ValidateAfter = null,
    RetrieveOutcome? Retrieve = null,
    SearchOutcome? Search = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ScenarioResult Parse(string json) =>
        JsonSerializer.Deserialize<ScenarioResult>(json, Json) ?? throw new JsonException("The client printed no result.");
}
