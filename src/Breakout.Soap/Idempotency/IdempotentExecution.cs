using System.Security.Cryptography;
using Breakout.Domain;
using Breakout.Storage;

namespace Breakout.Soap.Idempotency;

/// <summary>
/// Safe retries (docs/idempotency.md): a call with an <c>Idempotency-Key</c> header runs once per account and key; a
/// retry with the same request body answers the first response byte for byte, without running again.
/// </summary>
/// <remarks>
/// The response is rendered inside the store's transaction (the store runs the whole call there) and kept in it,
/// rather than the call's result being kept and rendered again: the bytes kept are the bytes answered, so no
/// rendering change, clock or ID drawn while rendering can make a retry differ, and no operation needs to know.
/// </remarks>
public sealed class IdempotentExecution(IIdempotentCalls store, IdempotencyOptions options)
{
    /// <summary>The HTTP header that carries the key.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The response header that marks an answer as the stored response of an earlier call (as Stripe names it).</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The longest key accepted.</summary>
    public const int MaxKeyLength = 255;

    /// <summary>
    /// Test only: runs right after a call's response has committed, before it is answered (the host sets it in test
    /// mode when asked, to stop the process in that window; docs/idempotency.md).
    /// </summary>
    public Action? AfterCommit { get; init; }

    /// <summary>The header's key; null when there is none; a fault <c>CV10001</c> when it is empty, too long, or not printable ASCII.</summary>
    public static string? ParseKey(string? header)
    {
        if (header is null)
        {
            return null;
        }

        if (header.Length is 0 or > MaxKeyLength || header.Any(c => c is < ' ' or > '~'))
        {
            throw SoapFaultException.InvalidRequest($"The {Header} header must be 1 to {MaxKeyLength} printable ASCII characters; nothing was run.");
        }

        return header;
    }

    /// <summary>Runs <paramref name="execute"/> at most once for the account's <paramref name="key"/>; answers its response, or the one kept.</summary>
    public async Task<SoapHttpResponse> RunAsync(
        string key, long accountKey, ReadOnlyMemory<byte> requestBody, Func<CancellationToken, Task<SoapHttpResponse>> execute, CancellationToken cancellationToken)
    {
        var call = new IdempotentCall(accountKey, key, SHA256.HashData(requestBody.Span), options.Retention, options.Wait);
        var outcome = await store.RunIdempotentAsync(call, async ct =>
        {
            var response = await execute(ct);
            return new StoredResponse(response.StatusCode, response.ContentType, response.Body.ToArray());
        }, cancellationToken);
        switch (outcome.Result)
        {
            case IdempotentResult.Executed:
                if (outcome.Stored)
                {
                    AfterCommit?.Invoke(); // test only
                }

                return Answer(outcome.Response!, replayed: false);
            case IdempotentResult.Replayed:
                return Answer(outcome.Response!, replayed: true);
            case IdempotentResult.KeyReused:
                throw new SoapFaultException(CventErrors.IdempotencyKeyReused,
                    $"The {Header} '{Shown(key)}' was used before by this account with another request body; nothing was run. Use a new key for a new request.");
            default:
                throw new SoapFaultException(CventErrors.IdempotencyKeyInProgress,
                    $"A call with the {Header} '{Shown(key)}' is still running; nothing was run. Send the request again to get its response.");
        }
    }

    private static SoapHttpResponse Answer(StoredResponse response, bool replayed) =>
        new(response.StatusCode, response.ContentType, response.Body) { IdempotentReplay = replayed };

    private static string Shown(string key) => key.Length > 40 ? key[..40] + "…" : key;
}
