namespace Breakout.Storage;

/// <summary>What <see cref="IIdempotentCalls.RunIdempotentAsync"/> did.</summary>
public enum IdempotentResult
{
    /// <summary>The call ran now; its response is kept when it wrote.</summary>
    Executed,

    /// <summary>The call had run before with this key and body: its stored response is answered.</summary>
    Replayed,

    /// <summary>The key was used before for another request body: nothing ran.</summary>
    KeyReused,

    /// <summary>A call with this key was still running when the wait ended: nothing ran.</summary>
    InProgress,
}
