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

    /// <summary>An ID column as upper-case GUID text, the wire form.</summary>
    public abstract string IdText(string expression);

    /// <summary>
    /// A text expression compared and ordered byte by byte (UTF-8 code point order), whatever the database's
    /// collation, so both stores order and compare text alike.
    /// </summary>
    public abstract string Binary(string expression);

    /// <summary>
    /// A text expression folded for case-insensitive comparison: ASCII letters lower-cased, everything else as is.
    /// SQLite's <c>lower()</c> folds only ASCII; PostgreSQL's folds only ASCII under the "C" collation, so the two
    /// stores agree byte for byte.
    /// </summary>
    public string Fold(string expression) => $"lower({Binary(expression)})";

    /// <summary>Name of the migration resource folder of the store's assembly.</summary>
    public abstract string MigrationPrefix { get; }
}
