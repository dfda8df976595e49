using Breakout.Soap;
using Breakout.Soap.Operations;

namespace Breakout.Host.TestDouble;

/// <summary>One SOAP call under watch: the fault rule that acted on it (if any), its timing, and its journal entry.</summary>
internal sealed class WatchedCall
{
    private readonly RequestJournal journal;
    private readonly TimeProvider time;
    private readonly ReadOnlyMemory<byte> body;
    private readonly DateTimeOffset startedAt;
    private readonly long started;
    private FaultRule? fired;
    private ItemFaultAnswers? itemFaults;

    public WatchedCall(RequestJournal journal, FaultRules faults, TimeProvider time, ReadOnlyMemory<byte> body)
    {
        this.journal = journal;
        this.time = time;
        this.body = body;
        startedAt = time.GetUtcNow();
        started = time.GetTimestamp();
        Info = new SoapCallInfo { BeforeExecute = faults.Any ? (call, cancellationToken) => ApplyFaultsAsync(faults, call, cancellationToken) : null };
    }

    public SoapCallInfo Info { get; }

    private async ValueTask ApplyFaultsAsync(FaultRules faults, SoapCallInfo call, CancellationToken cancellationToken)
    {
        (fired, itemFaults) = await faults.FindAsync(call, body, cancellationToken);
        call.ItemFaults = itemFaults;
        if (fired is not null)
        {
            await fired.ActAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Records the call, and answers it instead of the endpoint when its fault rule says so (a dropped connection, an
    /// HTTP status with an empty body): then true, and the caller writes nothing.
    /// </summary>
    public bool Complete(HttpContext context, SoapHttpResponse result)
    {
        var status = result.StatusCode;
        var response = result.Body;
        var replaced = fired?.ReplacesAnswer == true;
        var dropped = fired is { Spec.Drop: true };
        if (dropped)
        {
            status = 0;
            response = ReadOnlyMemory<byte>.Empty;
        }
        else if (replaced)
        {
            status = fired!.Spec.HttpStatus!.Value;
            context.Response.StatusCode = status;
            context.Response.ContentLength = 0;
            response = ReadOnlyMemory<byte>.Empty;
        }

        var login = Info.Request as LoginRequest;
        journal.Add(new JournalEntry(
            startedAt,
            time.GetElapsedTime(started),
            Info.Operation,
            Info.Caller?.AccountKey,
            Info.Caller?.ApiUserKey,
            login?.AccountNumber,
            login?.UserName,
            status,
            dropped,
            fired?.Id ?? itemFaults?.Fired,
            body,
            response));
        if (dropped)
        {
            // After the journal has it: a client that sees the connection fail may look for the call at once.
            context.Abort();
        }

        return replaced;
    }
}
