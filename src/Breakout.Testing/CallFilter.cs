using Breakout.Host.TestDouble;

namespace Breakout.Testing;

/// <summary>
/// Which journaled calls a verification counts, built fluently:
/// <c>calls => calls.SessionRegAction(productId).WithInvitee(inviteeId)</c>. Every condition given must hold.
/// </summary>
public sealed record CallFilter
{
    private readonly Dictionary<string, string> fields;

    public CallFilter()
    {
        fields = new(StringComparer.Ordinal);
    }

    /// <summary>Each changed copy gets its own fields, so a filter can be extended more than one way.</summary>
    private CallFilter(CallFilter original)
    {
        OperationName = original.OperationName;
        AccountNumber = original.AccountNumber;
        ResultCode = original.ResultCode;
        Since = original.Since;
        fields = new(original.fields, StringComparer.Ordinal);
    }

    public string? OperationName { get; private init; }

    public string? AccountNumber { get; private init; }

    public string? ResultCode { get; private init; }

    public DateTimeOffset? Since { get; private init; }

    public CallFilter Operation(string name) => this with { OperationName = name };

    /// <summary>SessionRegAction calls on this session (<c>ProductId</c>).</summary>
    public CallFilter SessionRegAction(string productId) => Operation("SessionRegAction").WithField("ProductId", productId);

    /// <summary>Calls whose request names this invitee (an <c>Id</c> in the request, as in <c>CvInvitee Id="…"</c>).</summary>
    public CallFilter WithInvitee(string inviteeId) => WithField("Id", inviteeId);

    /// <summary>Calls whose request has an element or attribute of this local name with this value (ignoring case).</summary>
    public CallFilter WithField(string name, string value)
    {
        var copy = this with { };
        copy.fields[name] = value;
        return copy;
    }

    public CallFilter ForAccount(string accountNumber) => this with { AccountNumber = accountNumber };

    /// <summary>Calls answered with this fault code, or with this error code on any item.</summary>
    public CallFilter WithResult(string code) => this with { ResultCode = code };

    public CallFilter After(DateTimeOffset since) => this with { Since = since };

    internal JournalCriteria ToCriteria() => new()
    {
        Operation = OperationName,
        Account = AccountNumber,
        ResultCode = ResultCode,
        Since = Since,
        Fields = fields.Count == 0 ? null : new Dictionary<string, string>(fields, StringComparer.Ordinal),
    };

    public override string ToString() =>
        string.Join(", ", new[]
        {
            OperationName is null ? null : $"operation {OperationName}",
            AccountNumber is null ? null : $"account {AccountNumber}",
            ResultCode is null ? null : $"result {ResultCode}",
            Since is null ? null : $"since {Since:O}",
        }.Where(s => s is not null).Concat(fields.Select(f => $"{f.Key}={f.Value}"))) is { Length: > 0 } text ? text : "any call";
}
