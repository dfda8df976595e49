namespace Breakout.Domain;

/// <summary>A validated SessionRegAction call, ready for a store.</summary>
/// <param name="CallId">Identifies the call in the change history.</param>
public sealed record SessionRegCommand(
    long AccountKey,
    long ApiUserKey,
    Guid CallId,
    SessionRegActionType Action,
    string? ProductId,
    IReadOnlyList<SessionRegItem> Items);
