using System.Text;
using Breakout.Soap;
using Breakout.Soap.Operations;

namespace Breakout.Host.TestDouble;

/// <summary>The fault rules in force, in the order they were added; the first that matches a call and fires acts.</summary>
internal sealed class FaultRules(CallerNames names)
{
    private readonly Lock gate = new();
    private FaultRule[] rules = [];

    public bool Any => Volatile.Read(ref rules).Length > 0;

    public IReadOnlyList<FaultRule> List() => Volatile.Read(ref rules);

    public FaultRule Add(FaultRuleSpec spec)
    {
        var rule = new FaultRule(spec);
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

    /// <summary>The first rule that matches this call and decides to act on it, if any.</summary>
    public async ValueTask<FaultRule?> FindAsync(SoapCallInfo call, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        string? text = null;
        foreach (var rule in Volatile.Read(ref rules))
        {
            if (await MatchesAsync(rule, call, body, cancellationToken) && rule.Fires())
            {
                return rule;
            }
        }

        return null;

        async ValueTask<bool> MatchesAsync(FaultRule rule, SoapCallInfo call, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
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

            if (spec.RequestContains is not null && !(text ??= Encoding.UTF8.GetString(body.Span)).Contains(spec.RequestContains, StringComparison.Ordinal))
            {
                return false;
            }

            return spec.Fields is null || EnvelopeText.HasFields(body, spec.Fields);
        }
    }
}
