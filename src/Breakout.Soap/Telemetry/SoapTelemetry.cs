using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Breakout.Domain;
using Breakout.Domain.Access;
using Microsoft.Extensions.Logging;

namespace Breakout.Soap.Telemetry;

/// <summary>
/// Breakout's own meter and activity source for the SOAP layer (docs/observability.md): calls by operation and
/// result, their duration, items and SessionRegAction outcomes, logins and lockouts, quota usage; a span per call;
/// and, when <c>Breakout:LogCalls</c> is on, one log line per call. The meter comes from the host's
/// <see cref="IMeterFactory"/> and ends with it; the host's metrics pipeline keeps only its own factory's meters, so
/// a process that runs several hosts (a test suite with in-process doubles) has each host count its own calls.
/// </summary>
public sealed class SoapTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "Breakout.Soap";

    /// <summary>The category of the per-call log lines.</summary>
    public const string CallLogCategory = "Breakout.Calls";

    /// <summary>The operation of a call whose body could not be read.</summary>
    public const string UnknownOperation = "unknown";

    /// <summary>One span per SOAP call, a child of the HTTP request's span (and so of a W3C traceparent it carried).</summary>
    public static readonly ActivitySource Source = new(Name);

    private readonly ConcurrentDictionary<string, (int Day, long Used)> quotaUsed = new(StringComparer.Ordinal);
    private readonly ApiQuota quota;
    private readonly TimeProvider time;
    private readonly ILogger? callLog;
    private readonly ISoapCallRecorder? recorder;
    private readonly Counter<long> calls;
    private readonly Histogram<double> duration;
    private readonly Counter<long> items;
    private readonly Counter<long> registrations;
    private readonly Counter<long> logins;
    private readonly Counter<long> lockouts;

    /// <param name="callLog">The logger of the per-call lines, or null when they are off.</param>
    /// <param name="recorder">Told of every answered call (the operator console's statistics), or null.</param>
    public SoapTelemetry(IMeterFactory meterFactory, ApiQuota quota, TimeProvider time, ILogger? callLog, ISoapCallRecorder? recorder = null)
    {
        this.quota = quota;
        this.time = time;
        this.callLog = callLog;
        this.recorder = recorder;
        var meter = meterFactory.Create(Name);
        calls = meter.CreateCounter<long>("breakout.soap.calls", "{call}",
            "SOAP calls answered, by operation and result (success, item_errors, refused Login, fault with its code, cancelled)");
        duration = meter.CreateHistogram("breakout.soap.call.duration", "s", "Time from the request's body to the answer, by operation and result",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        items = meter.CreateCounter<long>("breakout.soap.items", "{item}", "Items of batch calls answered, by operation and result (success, or error with its code)");
        registrations = meter.CreateCounter<long>("breakout.sessionreg.items", "{item}",
            "SessionRegAction items by action and outcome (registered, waitlisted, unregistered, left_waitlist, refused with its code)");
        logins = meter.CreateCounter<long>("breakout.logins", "{login}", "Logins, by result (success, refused with its reason)");
        lockouts = meter.CreateCounter<long>("breakout.lockouts", "{lockout}", "API users locked out after too many wrong passwords");
        if (quota.Enabled)
        {
            meter.CreateObservableGauge("breakout.quota.used", ObserveQuota, "{call}", "API calls each account has made today (while the daily quota is on)");
            meter.CreateObservableGauge("breakout.quota.limit", () => quota.DailyLimit, "{call}", "API calls an account may make per day");
        }
    }

    /// <summary>Starts a call: its clock and its span.</summary>
    public SoapCall Start(IPAddress? remoteAddress)
    {
        var activity = Source.StartActivity("SOAP call", ActivityKind.Internal);
        activity?.SetTag("rpc.system", "soap");
        activity?.SetTag("rpc.service", "V200611");
        return new SoapCall(remoteAddress, activity);
    }

    /// <summary>The body was read: the call is for <paramref name="operation"/>.</summary>
    public static void Operation(SoapCall call, string operation)
    {
        call.Operation = operation;
        if (call.Activity is { } activity)
        {
            activity.DisplayName = operation;
            activity.SetTag("rpc.method", operation);
        }
    }

    /// <summary>The call is about to run: its ID, and its caller's account (every operation but Login).</summary>
    public static void Context(SoapCall call, Operations.OperationContext context)
    {
        call.CallId = context.CallId;
        if (context.Caller is { } caller)
        {
            call.AccountNumber = caller.AccountNumber;
            call.AccountKey = caller.AccountKey;
            call.ApiUserKey = caller.ApiUserKey;
        }
    }

    /// <summary>The call's session value is a known token: the call is its account's, even if it is refused (expired, say).</summary>
    public static void Token(SoapCall call, Storage.TokenRecord token)
    {
        call.AccountNumber = token.AccountNumber;
        call.AccountKey = token.AccountKey;
        call.ApiUserKey = token.ApiUserKey;
    }

    /// <summary>
    /// The call was answered (<paramref name="faultCode"/> null unless it faulted) or abandoned by the client
    /// (<paramref name="cancelled"/>): records its measurements, ends its span, writes its log line.
    /// </summary>
    public void Finish(SoapCall call, string? faultCode, bool cancelled = false, string? faultMessage = null)
    {
        var elapsed = Stopwatch.GetElapsedTime(call.StartedAt);
        var result = cancelled ? "cancelled"
            : faultCode is not null ? "fault"
            : call.ItemErrorCount > 0 ? "item_errors"
            : call.LoginResult is { } login && login != "success" ? "refused"
            : "success";
        var operation = new KeyValuePair<string, object?>("operation", call.Operation);
        var outcome = new KeyValuePair<string, object?>("result", result);
        if (faultCode is not null)
        {
            calls.Add(1, operation, outcome, new KeyValuePair<string, object?>("code", faultCode));
        }
        else
        {
            calls.Add(1, operation, outcome);
        }

        duration.Record(elapsed.TotalSeconds, operation, outcome);
        RecordItems(call, operation);
        RecordLogin(call);
        EndSpan(call, result, faultCode);
        if (callLog is not null)
        {
            SoapCallLog.Call(callLog, call, result, faultCode, elapsed);
        }

        recorder?.Answered(call, result, faultCode, faultMessage, time.GetUtcNow());
    }

    /// <summary>An admitted call counted against the daily quota: the account's count today is <paramref name="used"/>.</summary>
    public void QuotaUsed(string accountNumber, long used)
    {
        var day = quota.DayOf(time.GetUtcNow());
        quotaUsed.AddOrUpdate(accountNumber, (day, used), (_, old) => old.Day == day && old.Used > used ? old : (day, used));
    }

    private void RecordItems(SoapCall call, KeyValuePair<string, object?> operation)
    {
        if (call.ItemCount is not { } count)
        {
            return;
        }

        var succeeded = count - call.ItemErrorCount;
        if (succeeded > 0)
        {
            items.Add(succeeded, operation, new KeyValuePair<string, object?>("result", "success"));
        }

        foreach (var (code, failed) in call.ErrorsByCode)
        {
            items.Add(failed, operation, new KeyValuePair<string, object?>("result", "error"), new KeyValuePair<string, object?>("code", code));
        }

        foreach (var (action, itemOutcome, code) in call.Registrations ?? [])
        {
            var actionTag = new KeyValuePair<string, object?>("action", action == SessionRegActionType.Register ? "register" : "unregister");
            var outcomeTag = new KeyValuePair<string, object?>("outcome", OutcomeName(itemOutcome));
            if (code is not null)
            {
                registrations.Add(1, actionTag, outcomeTag, new KeyValuePair<string, object?>("code", code));
            }
            else
            {
                registrations.Add(1, actionTag, outcomeTag);
            }
        }
    }

    private void RecordLogin(SoapCall call)
    {
        if (call.LoginResult is not { } login)
        {
            return;
        }

        if (login == "success")
        {
            logins.Add(1, new KeyValuePair<string, object?>("result", "success"));
        }
        else
        {
            logins.Add(1, new KeyValuePair<string, object?>("result", "refused"), new KeyValuePair<string, object?>("reason", login));
        }

        if (call.LockedOut)
        {
            lockouts.Add(1);
        }
    }

    private static void EndSpan(SoapCall call, string result, string? faultCode)
    {
        if (call.Activity is not { } activity)
        {
            return;
        }

        activity.SetTag("breakout.account_number", call.AccountNumber);
        activity.SetTag("breakout.item_count", call.ItemCount);
        activity.SetTag("breakout.result", result);
        if (faultCode is not null)
        {
            activity.SetTag("error.type", faultCode);
            activity.SetStatus(ActivityStatusCode.Error, faultCode);
        }

        activity.Dispose();
    }

    private IEnumerable<Measurement<long>> ObserveQuota()
    {
        var today = quota.DayOf(time.GetUtcNow());
        foreach (var (account, (day, used)) in quotaUsed)
        {
            if (day == today)
            {
                yield return new Measurement<long>(used, new KeyValuePair<string, object?>("account", account));
            }
            else
            {
                quotaUsed.TryRemove(new KeyValuePair<string, (int, long)>(account, (day, used)));
            }
        }
    }

    private static string OutcomeName(RegistrationOutcome outcome) => outcome switch
    {
        RegistrationOutcome.Registered => "registered",
        RegistrationOutcome.Waitlisted => "waitlisted",
        RegistrationOutcome.Unregistered => "unregistered",
        RegistrationOutcome.LeftWaitlist => "left_waitlist",
        _ => "refused",
    };
}
