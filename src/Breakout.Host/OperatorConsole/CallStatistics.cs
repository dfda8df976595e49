using System.Globalization;
using Breakout.Domain.Access;
using Breakout.Soap.Telemetry;
using Breakout.Storage;
using Breakout.Storage.Operators;

namespace Breakout.Host.OperatorConsole;

/// <summary>
/// The operator console's call statistics (docs/operations-console.md): counts every answered SOAP call by account,
/// day, operation and result, and keeps each failed one, in memory; <see cref="FlushAsync"/> adds them to the store
/// (the host runs it every second, when a console page is read and once more at shutdown), so the console shows the
/// calls of every node sharing the database. Recording takes a short lock and does no I/O.
/// </summary>
internal sealed class CallStatistics(IBreakoutStore store, ApiQuota quota, TimeProvider time) : ISoapCallRecorder
{
    /// <summary>Failed calls held between two flushes at most; more are counted but not listed (a flood of one failure says little more).</summary>
    public const int MaxPendingFailures = 1000;

    /// <summary>How long failed calls are listed.</summary>
    public static readonly TimeSpan FailuresKept = TimeSpan.FromDays(7);

    /// <summary>How many days of counts are kept (today included).</summary>
    public const int CountDaysKept = 35;

    /// <summary>Longest message kept of a failed call.</summary>
    private const int MaxMessageLength = 1000;

    private readonly Lock gate = new();
    private readonly SemaphoreSlim flushing = new(1, 1);
    private Dictionary<(long? Account, int Day, string Operation, string Result, string Code), long> counts = [];
    private List<FailedCall> failures = [];

    public void Answered(SoapCall call, string result, string? faultCode, string? faultMessage, DateTimeOffset at)
    {
        var failure = result switch
        {
            "fault" => Failed(call, result, faultCode ?? "", faultMessage, at),
            "item_errors" => Failed(call, result, ItemCodes(call), call.FirstItemError, at),
            "refused" => Failed(call, result, call.LoginResult ?? "", "Login refused: " + call.LoginResult, at),
            _ => null,
        };
        var key = (call.AccountKey, quota.DayOf(at), call.Operation, result, faultCode ?? "");
        lock (gate)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (failure is not null && failures.Count < MaxPendingFailures)
            {
                failures.Add(failure);
            }
        }
    }

    /// <summary>Adds what was recorded since the last flush to the store; if that fails, it stays for the next flush.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            Dictionary<(long? Account, int Day, string Operation, string Result, string Code), long> takenCounts;
            List<FailedCall> takenFailures;
            lock (gate)
            {
                (takenCounts, counts) = (counts, []);
                (takenFailures, failures) = (failures, []);
            }

            if (takenCounts.Count == 0 && takenFailures.Count == 0)
            {
                return;
            }

            var now = time.GetUtcNow();
            try
            {
                await store.RecordCallsAsync(
                    [.. takenCounts.Select(c => new CallCount(c.Key.Account, c.Key.Day, c.Key.Operation, c.Key.Result, c.Key.Code, c.Value))],
                    takenFailures, now - FailuresKept, quota.DayOf(now) - CountDaysKept + 1, cancellationToken);
            }
            catch
            {
                PutBack(takenCounts, takenFailures);
                throw;
            }
        }
        finally
        {
            flushing.Release();
        }
    }

    private void PutBack(Dictionary<(long? Account, int Day, string Operation, string Result, string Code), long> takenCounts, List<FailedCall> takenFailures)
    {
        lock (gate)
        {
            foreach (var (key, calls) in takenCounts)
            {
                counts[key] = counts.GetValueOrDefault(key) + calls;
            }

            failures.InsertRange(0, takenFailures.Take(MaxPendingFailures - Math.Min(failures.Count, MaxPendingFailures)));
        }
    }

    private static FailedCall Failed(SoapCall call, string result, string codes, string? message, DateTimeOffset at) =>
        new(0, call.AccountKey, at, call.Operation, call.ApiUserKey, result, codes,
            message is { Length: > MaxMessageLength } ? message[..MaxMessageLength] : message,
            call.RemoteAddress?.ToString(), call.ItemCount);

    /// <summary>The item error codes of a call with their counts, by code: <c>CV40001 ×2, CV40004 ×1</c>.</summary>
    private static string ItemCodes(SoapCall call) =>
        string.Join(", ", call.ErrorsByCode.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} ×{e.Value}")));
}
