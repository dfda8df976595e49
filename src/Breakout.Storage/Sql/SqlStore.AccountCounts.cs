namespace Breakout.Storage.Sql;

public abstract partial class SqlStore : IAccountCounts
{
    /// <summary>One row per account, updated in place by the triggers (SQLite's one writer): nothing to fold.</summary>
    public virtual Task<long> FoldAccountCountsAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);
}
