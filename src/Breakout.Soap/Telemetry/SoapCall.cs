using System.Diagnostics;
using System.Net;
using Breakout.Domain;

namespace Breakout.Soap.Telemetry;

/// <summary>
/// What one SOAP call did, as operations report it (<see cref="Operations.OperationContext.Call"/>): its items and
/// their outcomes, a Login's outcome. <see cref="SoapTelemetry"/> turns it into measurements, the span's tags and the
/// call's log line once the call is answered. Never holds a password or a session token.
/// </summary>
public sealed class SoapCall
{
    private Dictionary<string, int>? itemErrors;

    internal SoapCall(IPAddress? remoteAddress, Activity? activity)
    {
        RemoteAddress = remoteAddress;
        Activity = activity;
    }

    /// <summary>The operation, once the body is read; <see cref="SoapTelemetry.UnknownOperation"/> before.</summary>
    public string Operation { get; internal set; } = SoapTelemetry.UnknownOperation;

    /// <summary>The caller's account number (for Login: as sent, cleaned for logging).</summary>
    public string? AccountNumber { get; internal set; }

    /// <summary>The caller's account, once known (from the session value, or a Login's user); null before.</summary>
    public long? AccountKey { get; internal set; }

    /// <summary>The caller's API user, once known; null before.</summary>
    public long? ApiUserKey { get; internal set; }

    /// <summary>The description of the first item answered with an error (the operator console shows it).</summary>
    public string? FirstItemError { get; private set; }

    /// <summary>The <c>api_calls</c> ID this call's changes are written under.</summary>
    public Guid CallId { get; internal set; }

    public IPAddress? RemoteAddress { get; }

    internal Activity? Activity { get; }

    internal long StartedAt { get; } = Stopwatch.GetTimestamp();

    /// <summary>Items answered (batch calls), or null for calls without items.</summary>
    public int? ItemCount { get; private set; }

    /// <summary>Items answered with Success="false" and an error (a waitlisted registrant too; a warning on a successful item does not count).</summary>
    public int ItemErrorCount { get; private set; }

    /// <summary>Items answered with an error, by error code.</summary>
    public IReadOnlyDictionary<string, int> ErrorsByCode => itemErrors ?? (IReadOnlyDictionary<string, int>)EmptyErrors;

    /// <summary>SessionRegAction: each item's action and outcome, and the code of a refusal.</summary>
    internal List<(SessionRegActionType Action, RegistrationOutcome Outcome, string? Code)>? Registrations { get; private set; }

    /// <summary>Login: "success" or the reason it was refused (<see cref="Operations.LoginLog"/>'s reasons).</summary>
    public string? LoginResult { get; private set; }

    /// <summary>Login: this call's wrong password locked the user out.</summary>
    internal bool LockedOut { get; private set; }

    private static readonly Dictionary<string, int> EmptyErrors = [];

    /// <summary>One answered item: successful, or not, with <paramref name="error"/>.</summary>
    public void Item(bool success, CventError? error)
    {
        ItemCount = (ItemCount ?? 0) + 1;
        if (!success && error is not null)
        {
            ItemErrorCount++;
            FirstItemError ??= error.Description;
            itemErrors ??= new Dictionary<string, int>(StringComparer.Ordinal);
            itemErrors[error.Code] = itemErrors.GetValueOrDefault(error.Code) + 1;
        }
    }

    /// <summary>Every answered item of a batch call, in order.</summary>
    public void Items<T>(IEnumerable<T> results, Func<T, bool> success, Func<T, CventError?> error)
    {
        ItemCount ??= 0;
        foreach (var result in results)
        {
            Item(success(result), error(result));
        }
    }

    /// <summary>SessionRegAction's items: what each did, besides <see cref="Item"/>.</summary>
    public void Registered(SessionRegActionType action, IEnumerable<SessionRegItemResult> results)
    {
        Registrations ??= [];
        foreach (var result in results)
        {
            Item(result.Success, result.Error);
            Registrations.Add((action, result.Outcome, result.Outcome == RegistrationOutcome.Refused ? result.Error?.Code : null));
        }
    }

    /// <summary>
    /// Login's outcome: <paramref name="result"/> is "success" or the refusal's reason; <paramref name="user"/> the
    /// API user the account number and user name named, when there is one.
    /// </summary>
    public void Login(string accountNumber, string result, bool lockedOut = false, Storage.ApiUserRecord? user = null)
    {
        AccountNumber = accountNumber;
        AccountKey = user?.AccountKey;
        ApiUserKey = user?.Key;
        LoginResult = result;
        LockedOut = lockedOut;
    }
}
