namespace Breakout.Host.TestDouble;

/// <summary>
/// A fault rule as it is added (<c>POST /admin/faults</c> or the faults file). It matches SOAP calls by operation,
/// account, text in the request and request fields (all that are given), and acts on them: a delay, then one of a
/// Cvent fault, an HTTP status with an empty body, or a dropped connection (the operation does not run for those
/// three). It acts on the next <see cref="Times"/> matching calls, on every <see cref="EveryNth"/>, or with a
/// <see cref="Probability"/> drawn from a generator seeded with <see cref="Seed"/>; with none, on every match.
/// An <see cref="ItemError"/> rule acts on items instead of calls: the items of a batch whose fields match
/// <see cref="Fields"/> are answered with that error and not run, the others run; it counts items, not calls.
/// </summary>
public sealed record FaultRuleSpec
{
    /// <summary>A name to list and remove it by (default: a new GUID).</summary>
    public string? Id { get; init; }

    public string? Operation { get; init; }

    /// <summary>The account number.</summary>
    public string? Account { get; init; }

    /// <summary>Text the request envelope must contain (as sent, ordinal).</summary>
    public string? RequestContains { get; init; }

    public Dictionary<string, string>? Fields { get; init; }

    /// <summary>An ISO 8601 duration (<c>PT2S</c>) the call is held before it runs or the action is taken.</summary>
    public string? Delay { get; init; }

    /// <summary>A Cvent error code (<c>CV10105</c>): the call is answered with that fault, as the server writes it.</summary>
    public string? Fault { get; init; }

    /// <summary>The fault's detail text (default: the error's description).</summary>
    public string? FaultDetail { get; init; }

    /// <summary>With <see cref="Fault"/>: the fault's HTTP status (default 500). Alone: that status, empty body.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>
    /// A Cvent error code (<c>CV40104</c>) that answers each matching item of a batch (SessionRegAction, CheckIn) as a
    /// failed item, without running it; items match when their own fields (<c>Id</c>, <c>ConfirmationNumber</c>,
    /// <c>MessageId</c>) and their call's (<c>ProductId</c>, <c>SessionRegActionType</c>, <c>AttendeeType</c>) hold
    /// every one of <see cref="Fields"/>. Needs <see cref="Operation"/>; no other action goes with it.
    /// </summary>
    public string? ItemError { get; init; }

    /// <summary>The item error's description (default: the error's own).</summary>
    public string? ItemErrorDescription { get; init; }

    /// <summary>Close the connection without an answer.</summary>
    public bool Drop { get; init; }

    public int? Times { get; init; }

    public int? EveryNth { get; init; }

    public double? Probability { get; init; }

    public int? Seed { get; init; }
}
