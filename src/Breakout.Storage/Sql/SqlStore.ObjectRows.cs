using Breakout.Domain;

namespace Breakout.Storage.Sql;

/// <summary>The lookups and stored values every import of a declared type (<see cref="SqlObjectTables"/>) shares.</summary>
public abstract partial class SqlStore
{
    private async Task<long?> FindRowAsync(SqlSession s, long accountKey, string table, CventId id, string? scope, CancellationToken ct) =>
        await s.Command($"SELECT x.pk FROM {table} x WHERE x.account_pk = @a AND x.id = @id" + (scope is null ? "" : " AND " + scope))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct);

    /// <summary>The stored form of a typed value: 1/0, Unix milliseconds, the dialect's ID, amounts in ten-thousandths.</summary>
    private object? StoredValue(object? value) => value switch
    {
        bool flag => flag ? 1 : 0,
        DateTimeOffset time => UnixTime.ToStored(time),
        CventId id => Dialect.IdValue(id),
        int number => (long)number,
        decimal amount => Money.ToTenThousandths(amount),
        _ => value,
    };
}
