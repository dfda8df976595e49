namespace Breakout.Storage.Sql;

/// <summary>
/// The fields a <c>session.updated</c> or <c>event.updated</c> change names (#21): the stored values of the row are
/// read before and after the call's UPDATE, in its transaction, and the Cvent names of the columns that differ are
/// written beside the ledger row (<c>changed_fields</c>, migration 0033 SQLite, 0036 PostgreSQL), comma-separated.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>The sessions columns an UpdateSession may change, with the names of the <c>s1:Session</c> attributes (and custom fields) that set them.</summary>
    private static readonly (string Column, string Field)[] SessionFieldColumns =
    [
        ("name", "ProductName"), ("code", "ProductCode"), ("start_at", "StartTime"), ("end_at", "EndTime"), ("description", "ProductDescription"),
        ("location_name", "SessionLocationName"), ("location_code", "SessionLocationCode"), ("status", "Status"), ("auto_close_at", "AutoCloseDate"),
        ("capacity", "Capacity"), ("enable_waitlist", "EnableWaitlist"), ("waitlist_capacity", "WaitlistCapacity"), ("group_name", "SessionGroup"),
        ("included", "IsIncluded"),
    ];

    /// <summary>The values of <paramref name="columns"/> of one row, as the database answers them (null for NULL).</summary>
    private static async Task<object?[]> ReadColumnsAsync(SqlSession s, string table, IReadOnlyList<string> columns, long key, CancellationToken ct)
    {
        var values = new object?[columns.Count];
        if (columns.Count == 0)
        {
            return values;
        }

        await using var reader = await s.Command($"SELECT {string.Join(", ", columns)} FROM {table} WHERE pk = @pk").With("@pk", key).ExecuteReaderAsync(ct);
        if (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
        }

        return values;
    }

    /// <summary>The names whose value differs between <paramref name="before"/> and <paramref name="after"/>, comma-separated ('' when none).</summary>
    private static string ChangedFieldNames(IReadOnlyList<string> names, object?[] before, object?[] after) =>
        string.Join(",", names.Where((_, i) => !Equals(before[i], after[i])));

    /// <summary>A session's fields as stored, in the order of <see cref="SessionFieldColumns"/>.</summary>
    private static Task<object?[]> ReadSessionFieldsAsync(SqlSession s, long sessionKey, CancellationToken ct) =>
        ReadColumnsAsync(s, "sessions", [.. SessionFieldColumns.Select(c => c.Column)], sessionKey, ct);

    /// <summary>A time column (a BIGINT of milliseconds, or NULL) of a row read by <see cref="ReadSessionFieldsAsync"/>.</summary>
    private static long? StoredTime(object?[] session, string column) =>
        session[Array.FindIndex(SessionFieldColumns, c => c.Column == column)] is { } value ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string ChangedSessionFields(object?[] before, object?[] after) =>
        ChangedFieldNames([.. SessionFieldColumns.Select(c => c.Field)], before, after);

    /// <summary>The feed's list of changed fields from the stored text: null when none was recorded.</summary>
    private static IReadOnlyList<string>? ChangedFieldList(string? stored) =>
        stored is null ? null : stored.Length == 0 ? [] : stored.Split(',');
}
