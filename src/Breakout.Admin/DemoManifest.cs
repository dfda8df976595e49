using System.Text.Json;

namespace Breakout.Admin;

/// <summary>Everything the demo tenant contains, as scripts and tests read it (IDs in their wire form).</summary>
public sealed record DemoManifest(
    string Endpoint,
    string AccountNumber,
    string UserName,
    string Password,
    IReadOnlyList<DemoManifest.Event> Events)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
    };

    public sealed record Event(string Id, string Title, string Status, IReadOnlyList<Session> Sessions, IReadOnlyList<Invitee> Invitees, IReadOnlyList<Guest> Guests);

    public sealed record Session(
        string Id, string Name, string Code, int Capacity, bool EnableWaitlist, int WaitlistCapacity, string Status, string? Group, bool Included, string? AutoCloseDate);

    public sealed record Invitee(string Id, string ConfirmationNumber, string Status);

    public sealed record Guest(string Id, string InviteeId, string ConfirmationNumber, string Status);

    /// <summary>
    /// The objects of the types served by declaration (speakers, transactions, users …): type, ID and what a person
    /// recognises it by, so a client can Retrieve each type at once.
    /// </summary>
    public IReadOnlyList<DeclaredObject> Objects { get; init; } = [];

    public sealed record DeclaredObject(string Type, string Id, string Label);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DemoManifest FromJson(string json) =>
        JsonSerializer.Deserialize<DemoManifest>(json, Json) ?? throw new JsonException("The manifest is empty.");
}
