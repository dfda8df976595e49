namespace Breakout.Host.TestDouble;

/// <summary>
/// Which journal entries a query or a verification means; every criterion given must hold. <see cref="ResultCode"/>
/// matches a fault's code or any item's error code; <see cref="Fields"/> matches values in the request (see
/// <see cref="EnvelopeText.HasFields"/>).
/// </summary>
public sealed record JournalCriteria
{
    public string? Operation { get; init; }

    /// <summary>The account number (as Login takes it).</summary>
    public string? Account { get; init; }

    /// <summary>Calls made at or after this server time.</summary>
    public DateTimeOffset? Since { get; init; }

    public string? ResultCode { get; init; }

    public Dictionary<string, string>? Fields { get; init; }
}
