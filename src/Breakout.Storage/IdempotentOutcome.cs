namespace Breakout.Storage;

/// <summary>The outcome of a call with an <c>Idempotency-Key</c>; <see cref="Response"/> for Executed and Replayed.</summary>
/// <param name="Stored">Executed only: the response was kept (the call wrote), committed with its effects.</param>
public sealed record IdempotentOutcome(IdempotentResult Result, StoredResponse? Response = null, bool Stored = false);
