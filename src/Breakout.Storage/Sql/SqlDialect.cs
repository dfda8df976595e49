using Breakout.Domain;

namespace Breakout.Storage.Sql;

/// <summary>The few places where SQLite and PostgreSQL SQL differ; the statements are otherwise shared.</summary>
public abstract class SqlDialect
{
    /// <summary>
    /// Row-lock suffix for a SELECT of rows the transaction will change, locking the rows of table alias
    /// <paramref name="alias"/> (empty where the store serialises all writers anyway).
    /// </summary>
    public abstract string LockRows(string alias);

    /// <summary>Value to bind for an ID column.</summary>
    public abstract object IdValue(CventId id);

    /// <summary>Name of the migration resource folder of the store's assembly.</summary>
    public abstract string MigrationPrefix { get; }
}
