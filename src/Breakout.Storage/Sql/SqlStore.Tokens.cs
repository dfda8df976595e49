using System.Collections.Concurrent;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    /// <summary>Tokens remembered at most; past this the memory starts again empty (a flood of logins cannot grow it).</summary>
    private const int MaxRememberedTokens = 10_000;

    private readonly ConcurrentDictionary<string, RememberedToken> rememberedTokens = new(StringComparer.Ordinal);
    private long tokenGeneration;

    /// <summary>
    /// How long <see cref="FindTokenAsync"/> may answer a token from memory instead of a read transaction. Changes
    /// this store makes to API users and tokens are seen at once; changes made elsewhere (another node, the CLI in
    /// another process) within this time, or sooner where the store is told of them (PostgreSQL's notifications call
    /// <see cref="ForgetRememberedTokens"/>). Expiry is not affected: the caller compares <see cref="TokenRecord.ExpiresAt"/>
    /// with the clock on every call. <see cref="TimeSpan.Zero"/> reads the store every time.
    /// </summary>
    protected TimeSpan TokenCacheLifetime { get; init; } = TimeSpan.FromSeconds(1);

    private sealed record RememberedToken(TokenRecord Token, DateTimeOffset ReadAt, long Generation);

    private bool TryRememberedToken(string tokenHash, out TokenRecord token)
    {
        var now = Time.GetUtcNow();
        if (rememberedTokens.TryGetValue(tokenHash, out var remembered)
            && remembered.Generation == Interlocked.Read(ref tokenGeneration)
            && now >= remembered.ReadAt && now - remembered.ReadAt < TokenCacheLifetime)
        {
            token = remembered.Token;
            return true;
        }

        token = null!;
        return false;
    }

    /// <summary>
    /// Remembers a token read from the store. <paramref name="generation"/> is the one seen before the read began:
    /// if this store changed users or tokens since, the entry is already stale and is never answered.
    /// </summary>
    private void RememberToken(string tokenHash, TokenRecord token, DateTimeOffset readAt, long generation)
    {
        if (TokenCacheLifetime <= TimeSpan.Zero)
        {
            return;
        }

        if (rememberedTokens.Count >= MaxRememberedTokens)
        {
            rememberedTokens.Clear();
        }

        rememberedTokens[tokenHash] = new RememberedToken(token, readAt, generation);
    }

    /// <summary>
    /// Forgets every remembered token: a grant changed elsewhere (another node, the CLI), as the store was told.
    /// Entries read before this are never answered again. Public for the test double, whose reset replaces the whole
    /// database under the store.
    /// </summary>
    public void ForgetRememberedTokens() => Interlocked.Increment(ref tokenGeneration);

    /// <summary>Completes <paramref name="write"/>, then forgets every remembered token (the write changed users or tokens).</summary>
    private async Task<T> ForgettingTokensAsync<T>(Task<T> write)
    {
        try
        {
            return await write;
        }
        finally
        {
            Interlocked.Increment(ref tokenGeneration);
        }
    }
}
