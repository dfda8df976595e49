using System.Data.Common;
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

    /// <summary>Whether <see cref="LockRows"/> locks anything: false where one writer runs at a time (SQLite).</summary>
    public bool LocksRows => LockRows("t").Length > 0;

    /// <summary>
    /// Suffix for a SELECT of queue rows to claim: locks the rows of <paramref name="alias"/> and skips those another
    /// transaction holds, so concurrent claimers take different rows (empty where the store serialises all writers).
    /// </summary>
    public virtual string ClaimRows(string alias) => "";

    /// <summary>Value to bind for an ID column.</summary>
    public abstract object IdValue(CventId id);

    /// <summary>IDs to bind as one column of <see cref="BindRows"/>.</summary>
    public abstract Array IdValues(IReadOnlyList<CventId> ids);

    /// <summary>
    /// A FROM item over rows passed as one value, for set-based statements: columns <c>c0</c> .. <c>c{n-1}</c> and
    /// the row's position <c>i</c> (to keep item order), aliased as <paramref name="parameter"/> without its <c>@</c>.
    /// The statement text is the same for any number of rows, so it stays prepared.
    /// </summary>
    public abstract string RowsOf(string parameter, int columns);

    /// <summary>
    /// A condition: <paramref name="column"/> is one of the values of a one-column <see cref="RowsOf"/> parameter, written
    /// so that an index on the column is searched value by value.
    /// </summary>
    public abstract string InRows(string column, string parameter);

    /// <summary>Binds the rows of <see cref="RowsOf"/>: equal-length arrays of <c>long</c>, <c>string</c> or <see cref="IdValues"/>, one per column.</summary>
    public abstract void BindRows(DbCommand command, string parameter, params Array[] columns);

    /// <summary>
    /// An expression for the key of the row this transaction inserted last into <paramref name="table"/> (whose key
    /// column is <c>pk</c>), usable in a statement sent in the same batch, before its result is known.
    /// </summary>
    public abstract string LastInsertedKey(string table);

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

    /// <summary>
    /// An ORDER BY term the planner must sort by rather than walk an index for: SQLite would otherwise walk the
    /// (account, id) key in ID order and test every row of the account against a condition another index answers
    /// (its unary <c>+</c> takes the term off every index); PostgreSQL weighs both by its statistics.
    /// </summary>
    public virtual string SortedAfterLookup(string expression) => expression;

    /// <summary>
    /// The statement that shows how the database would run <paramref name="sql"/> (one row per plan line, the line in the
    /// last column), and statements run before and after it on the same connection. PostgreSQL's planner is told to
    /// avoid sequential scans, so a small test database shows whether an index <em>can</em> answer a query.
    /// </summary>
    public virtual (string? Before, string Explain, string? After) Explain(string sql) => (null, "EXPLAIN QUERY PLAN " + sql, null);

    /// <summary>Name of the migration resource folder of the store's assembly.</summary>
    public abstract string MigrationPrefix { get; }

    /// <summary>Whether a statement failed on a unique index (event codes: a concurrent call took the same code).</summary>
    public virtual bool IsUniqueViolation(Exception exception) => false;

    /// <summary>The database a connection is to, as telemetry names it (<c>db.namespace</c>).</summary>
    public virtual string DatabaseName(DbConnection connection) => connection.Database;
}
