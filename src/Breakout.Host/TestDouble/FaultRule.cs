using System.Xml;
using Breakout.Domain;
using Breakout.Soap;

namespace Breakout.Host.TestDouble;

/// <summary>A fault rule in force: its spec, checked once when added, and how often it has matched and fired.</summary>
internal sealed class FaultRule
{
    private readonly Lock gate = new();
    private readonly Random? random;
    private int matched;
    private int fired;

    public FaultRule(FaultRuleSpec spec)
    {
        if (spec.Delay is null && spec.Fault is null && spec.HttpStatus is null && !spec.Drop && spec.ItemError is null)
        {
            throw new ArgumentException("A fault rule needs an action: delay, fault, httpStatus, drop or itemError.");
        }

        if (spec.ItemError is not null && (spec.Delay is not null || spec.Fault is not null || spec.HttpStatus is not null || spec.Drop))
        {
            throw new ArgumentException("itemError answers items, not the call: it cannot go with delay, fault, httpStatus or drop (add those as another rule).");
        }

        if (spec.Drop && (spec.Fault is not null || spec.HttpStatus is not null))
        {
            throw new ArgumentException("drop closes the connection: it cannot also answer with a fault or a status.");
        }

        if (spec.HttpStatus is < 100 or > 599)
        {
            throw new ArgumentException("httpStatus must be between 100 and 599.");
        }

        if (spec.Probability is < 0 or > 1 || spec.EveryNth is < 1 || spec.Times is < 0)
        {
            throw new ArgumentException("probability is between 0 and 1, everyNth at least 1, times at least 0.");
        }

        try
        {
            Delay = spec.Delay is null ? null : XmlConvert.ToTimeSpan(spec.Delay);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"delay '{spec.Delay}' is not an ISO 8601 duration such as PT2S.");
        }

        Error = spec.Fault is null ? null : Known(spec.Fault, "fault");
        ItemError = spec.ItemError is null ? null
            : spec.ItemErrorDescription is { } description ? Known(spec.ItemError, "itemError").WithDescription(description)
            : Known(spec.ItemError, "itemError");
        random = spec.Probability is null ? null : spec.Seed is { } seed ? new Random(seed) : new Random();
        Spec = spec with { Id = string.IsNullOrWhiteSpace(spec.Id) ? Guid.NewGuid().ToString("N") : spec.Id };
    }

    public FaultRuleSpec Spec { get; }

    public string Id => Spec.Id!;

    public TimeSpan? Delay { get; }

    public CventError? Error { get; }

    /// <summary>The error matching items of a batch are answered with (<see cref="FaultRuleSpec.ItemError"/>).</summary>
    public CventError? ItemError { get; }

    /// <summary>Whether the call is answered by the host (a status or a dropped connection) instead of the operation.</summary>
    public bool ReplacesAnswer => Spec.Drop || (Error is null && Spec.HttpStatus is not null);

    /// <summary>The account key of <see cref="FaultRuleSpec.Account"/>, once found.</summary>
    public long? AccountKey { get; set; }

    public FaultRuleState State()
    {
        lock (gate)
        {
            return new FaultRuleState(Spec, matched, fired);
        }
    }

    /// <summary>
    /// Acts on a call before its operation runs: waits the delay, then answers with the fault, or stops the operation
    /// with a placeholder fault when the host replaces the answer (<see cref="ReplacesAnswer"/>).
    /// </summary>
    public async ValueTask ActAsync(CancellationToken cancellationToken)
    {
        if (Delay is { } delay)
        {
            await Task.Delay(delay, cancellationToken);
        }

        if (Error is { } error)
        {
            throw new SoapFaultException(error, Spec.FaultDetail ?? error.Description, Spec.HttpStatus ?? 500);
        }

        if (ReplacesAnswer)
        {
            throw new SoapFaultException(CventErrors.UnknownException, "Answered by a test-double fault rule.");
        }
    }

    /// <summary>Whether an item of a batch (its fields and its call's, any case) holds every field of the rule.</summary>
    public bool MatchesItem(IReadOnlyDictionary<string, string?> fields) =>
        Spec.Fields is null || Spec.Fields.All(f => fields.TryGetValue(f.Key, out var value)
            && string.Equals(value?.Trim(), f.Value, StringComparison.OrdinalIgnoreCase));

    private static CventError Known(string code, string field) =>
        CventErrors.All.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"{field} '{code}' is not an error code this server knows (docs/errors.md).");

    /// <summary>Counts a matching call (an item, for an item rule) and decides whether the rule acts on it (every condition given must allow it).</summary>
    public bool Fires()
    {
        lock (gate)
        {
            matched++;
            var fire = (Spec.Times is not { } times || fired < times)
                && (Spec.EveryNth is not { } n || matched % n == 0)
                && (Spec.Probability is not { } p || random!.NextDouble() < p);
            if (fire)
            {
                fired++;
            }

            return fire;
        }
    }
}
