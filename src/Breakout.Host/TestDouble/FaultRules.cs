using System.Text;
using Breakout.Soap;
using Breakout.Soap.Operations;

namespace Breakout.Host.TestDouble;

/// <summary>
/// The fault rules in force, in the order they were added. Of the call rules, the first that matches a call and fires
/// acts on it; the item rules (<see cref="FaultRuleSpec.ItemError"/>) that match the call answer its items.
/// </summary>
internal sealed class FaultRules(CallerNames names, OperationCatalogue catalogue)
{
    private readonly Lock gate = new();
    private FaultRule[] rules = [];

    public bool Any => Volatile.Read(ref rules).Length > 0;

    public IReadOnlyList<FaultRule> List() => Volatile.Read(ref rules);

    public FaultRule Add(FaultRuleSpec spec)
    {
        var rule = new FaultRule(spec);
        if (rule.ItemError is not null && (spec.Operation is null || catalogue.Find(spec.Operation) is not IBatchOperation))
        {
            var batches = catalogue.Implemented.OfType<IBatchOperation>().Select(o => o.Name).Order(StringComparer.Ordinal);
            throw new ArgumentException($"itemError needs an operation that answers item by item: {string.Join(", ", batches)}.");
        }

        lock (gate)
        {
            rules = [.. rules.Where(r => r.Id != rule.Id), rule];
        }

        return rule;
    }

    public bool Remove(string id)
    {
        lock (gate)
        {
            var before = rules.Length;
            rules = [.. rules.Where(r => r.Id != id)];
            return rules.Length != before;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            rules = [];
        }
    }

    /// <summary>
    /// The first call rule that matches this call and decides to act on it, if any; and the item rules that match the
    /// call (operation, account, request text), which then answer its matching items.
    /// </summary>
    public async ValueTask<(FaultRule? Fired, ItemFaultAnswers? Items)> FindAsync(SoapCallInfo call, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        string? text = null;
        List<FaultRule>? itemRules = null;
        foreach (var rule in Volatile.Read(ref rules))
        {
            if (rule.ItemError is not null)
            {
                if (await MatchesAsync(rule))
                {
                    (itemRules ??= []).Add(rule);
                }
            }
            else if (await MatchesAsync(rule) && (rule.Spec.Fields is null || EnvelopeText.HasFields(body, rule.Spec.Fields)) && rule.Fires())
            {
                return (rule, null);
            }
        }

        return (null, itemRules is null ? null : new ItemFaultAnswers(itemRules));

        async ValueTask<bool> MatchesAsync(FaultRule rule)
        {
            var spec = rule.Spec;
            if (spec.Operation is not null && !string.Equals(spec.Operation, call.Operation, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (spec.Account is not null)
            {
                if (call.Request is LoginRequest login)
                {
                    if (!string.Equals(login.AccountNumber, spec.Account, StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }
                }
                else
                {
                    rule.AccountKey ??= await names.AccountKeyAsync(spec.Account, cancellationToken);
                    if (call.Caller is null || call.Caller.AccountKey != rule.AccountKey)
                    {
                        return false;
                    }
                }
            }

            return spec.RequestContains is null || (text ??= Encoding.UTF8.GetString(body.Span)).Contains(spec.RequestContains, StringComparison.Ordinal);
        }
    }
}
