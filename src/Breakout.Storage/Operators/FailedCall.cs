namespace Breakout.Storage.Operators;

/// <summary>
/// One call that failed: a fault (<paramref name="Result"/> <c>fault</c>, <paramref name="Codes"/> its code), a batch
/// with items answered by errors (<c>item_errors</c>, <paramref name="Codes"/> such as <c>CV40001 ×2, CV40004 ×1</c>)
/// or a refused Login (<c>refused</c>, the reason). <paramref name="Message"/> is the fault's text or the first item
/// error's; never a password or a session value.
/// </summary>
/// <param name="Key">Its key in the store (0 before it is stored); newer calls have larger keys.</param>
/// <param name="ApiUserName">The API user that made it (filled in when listed; null when not known or since deleted).</param>
public sealed record FailedCall(
    long Key,
    long? AccountKey,
    DateTimeOffset At,
    string Operation,
    long? ApiUserKey,
    string Result,
    string Codes,
    string? Message,
    string? RemoteAddress,
    int? Items,
    string? ApiUserName = null);
