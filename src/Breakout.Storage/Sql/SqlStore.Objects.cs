using System.Data.Common;
using System.Globalization;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    public Task<IReadOnlyList<CvObjectRecord>> RetrieveAsync(long accountKey, CvObjectDescriptor type, IReadOnlyList<CventId> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<CvObjectRecord>>(async (s, ct) =>
        {
            var wanted = ids.Distinct().ToList();
            if (wanted.Count == 0)
            {
                return [];
            }

            var objects = Projections[type.Type];
            await using var command = s.Connection.CreateCommand();
            command.Transaction = s.Transaction;
            command.CommandText = objects.Select(Dialect) + $" AND {objects.ByIds(BindList(command, "@i", wanted.Select(Dialect.IdValue)))}";
            command.With("@a", accountKey);
            var found = new Dictionary<string, (long Key, object?[] Values)>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    found[reader.GetString(0)] = (Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), ReadValues(reader, 2, type.Fields));
                }
            }

            var details = new Dictionary<long, List<CvDetailRecord>>();
            foreach (var detail in type.Details)
            {
                // A detail Breakout keeps no data for (a survey's web links) has no projection and no rows.
                if (DetailProjections.TryGetValue(detail, out var projection))
                {
                    await ReadDetailsAsync(s, projection, found.Values.Select(f => f.Key).ToList(), details, ct);
                }
            }

            return [.. wanted.Select(id => id.ToString()).Where(found.ContainsKey)
                .Select(id => new CvObjectRecord(id, found[id].Values, details.GetValueOrDefault(found[id].Key) ?? []))];
        }, cancellationToken);

    public Task<IReadOnlyList<string>> SearchAsync(long accountKey, CvSearch search, int limit, CancellationToken cancellationToken = default) =>
        SearchIdsAsync(accountKey, search, limit, explain: false, cancellationToken);

    public Task<IReadOnlyList<string>> GetUpdatedAsync(
        long accountKey, CvObjectDescriptor type, DateTimeOffset start, DateTimeOffset end, int limit, CancellationToken cancellationToken = default)
    {
        // A modification time read through subqueries (an invitee's is the latest of its row's, its contact's and its
        // calls' times) is looked up by the index of each of those times first (SqlProjection.Sources).
        var projection = Projections[type.Type];
        var candidates = SqlFilter.Candidates(projection, projection.ModifiedColumn, (column, _) => $"{column} >= @s AND {column} < @e");
        return ReadIdsAsync(projection, accountKey, limit, command =>
        {
            command.With("@s", UnixTime.ToStored(start)).With("@e", UnixTime.ToStored(end));
            // A candidate has one of the times its modification time is the latest of within the window, so that time is
            // at least the start: only the end is left to test, and the expression (subqueries, for an invitee) is
            // evaluated once per candidate rather than twice.
            var modified = projection.Expression(Dialect, projection.ModifiedColumn);
            return candidates is null ? $"{modified} >= @s AND {modified} < @e" : $"{candidates} AND {modified} < @e";
        }, cancellationToken, sortAfter: () => candidates is not null);
    }

    public Task<IReadOnlyList<string>> GetDeletedAsync(
        long accountKey, CvObjectType type, DateTimeOffset start, DateTimeOffset end, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<string>>(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    $"SELECT x.id FROM (SELECT DISTINCT {Dialect.IdText("d.id")} AS id FROM deleted_objects d WHERE d.account_pk = @a AND d.object_type = @t " +
                    $"AND d.deleted_at >= @s AND d.deleted_at < @e) x ORDER BY {Dialect.Binary("x.id")} LIMIT @limit")
                .With("@a", accountKey).With("@t", type.ToString()).With("@s", UnixTime.ToStored(start)).With("@e", UnixTime.ToStored(end))
                .With("@limit", limit).ExecuteReaderAsync(ct);
            return await ReadStringsAsync(reader, ct);
        }, cancellationToken);

    public Task<IReadOnlyList<LookUpRecord>> ListLookUpsAsync(long accountKey, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<LookUpRecord>>(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    $"SELECT COALESCE(f.custom_field_category, ''), {Dialect.IdText("f.id")}, COALESCE(f.field_name, ''), COALESCE(f.field_code, '') " +
                    $"FROM entity_custom_fields f WHERE f.account_pk = @a ORDER BY {Dialect.Binary("COALESCE(f.custom_field_category, '')")}, {Dialect.Binary("COALESCE(f.field_code, '')")}, f.pk")
                .With("@a", accountKey).ExecuteReaderAsync(ct);
            var lookUps = new List<LookUpRecord>();
            while (await reader.ReadAsync(ct))
            {
                lookUps.Add(new LookUpRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }

            return lookUps;
        }, cancellationToken);

    /// <summary>
    /// The plan the database would run a Search by (<see cref="SqlDialect.Explain"/>), one line per row: for tests and
    /// for operators checking that a filter is index-backed.
    /// </summary>
    public Task<IReadOnlyList<string>> ExplainSearchAsync(long accountKey, CvSearch search, CancellationToken cancellationToken = default) =>
        SearchIdsAsync(accountKey, search, 100, explain: true, cancellationToken);

    /// <summary>
    /// The plan the database chooses for a Search by its own costs, without <see cref="SqlDialect.Explain"/>'s settings
    /// (PostgreSQL's sequential scans left enabled): for tests over a table of realistic size with fresh statistics.
    /// </summary>
    public Task<IReadOnlyList<string>> ExplainSearchAsPlannedAsync(long accountKey, CvSearch search, CancellationToken cancellationToken = default) =>
        SearchIdsAsync(accountKey, search, 100, explain: true, cancellationToken, asPlanned: true);

    private Task<IReadOnlyList<string>> SearchIdsAsync(long accountKey, CvSearch search, int limit, bool explain, CancellationToken cancellationToken, bool asPlanned = false)
    {
        // A declared type's searchable fields are each indexed (migrations 0011/0008): an AndSearch is answered through
        // the index of a filter, and its IDs sorted after, rather than by walking the account's rows in ID order.
        var projection = Projections[search.Type.Type];
        var declared = projection.IdLookups is not null && !search.MatchAny && search.Filters.Count > 0;
        var byIndex = false;
        return ReadIdsAsync(projection, accountKey, limit, command => SqlFilter.Where(Dialect, search, command, projection, out byIndex),
            cancellationToken, sortAfter: () => declared || byIndex, explain, asPlanned);
    }

    /// <summary>The IDs of a projection's rows matching a condition over its expressions (bound by <paramref name="where"/>), in ID order; with <paramref name="explain"/>, the plan instead.</summary>
    /// <param name="sortAfter">Asked once the condition is built: whether it looks rows up by an index, so the IDs are sorted after.</param>
    private Task<IReadOnlyList<string>> ReadIdsAsync(
        SqlProjection projection, long accountKey, int limit, Func<DbCommand, string> where, CancellationToken cancellationToken, Func<bool>? sortAfter = null,
        bool explain = false, bool asPlanned = false) =>
        ReadAsync<IReadOnlyList<string>>(async (s, ct) =>
        {
            await using var command = s.Connection.CreateCommand();
            command.Transaction = s.Transaction;
            var condition = where(command);
            var order = Dialect.Binary(projection.IdExpression(Dialect));
            command.CommandText = projection.SelectIds(Dialect) + (condition.Length == 0 ? "" : $" AND ({condition})") +
                $" ORDER BY {(sortAfter?.Invoke() == true ? Dialect.SortedAfterLookup(order) : order)} LIMIT @limit";
            command.With("@a", accountKey).With("@limit", limit);
            if (!explain)
            {
                await using var reader = await command.ExecuteReaderAsync(ct);
                return await ReadStringsAsync(reader, ct);
            }

            var (before, plan, after) = Dialect.Explain(command.CommandText);
            (before, after) = asPlanned ? (null, null) : (before, after);
            command.CommandText = plan;
            await s.Command(before ?? "SELECT 1").ExecuteNonQueryAsync(ct);
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    lines.Add(reader.GetValue(reader.FieldCount - 1).ToString()!);
                }
            }

            await s.Command(after ?? "SELECT 1").ExecuteNonQueryAsync(ct);
            return lines;
        }, cancellationToken);

    private async Task ReadDetailsAsync(SqlSession s, SqlDetailProjection projection, IReadOnlyList<long> parents, Dictionary<long, List<CvDetailRecord>> into, CancellationToken ct)
    {
        if (parents.Count == 0)
        {
            return;
        }

        var nested = projection.Descriptor.Nested;
        var keys = new List<(long Parent, int Index, long Key)>();
        await using (var command = s.Connection.CreateCommand())
        {
            command.Transaction = s.Transaction;
            command.CommandText = projection.Select(Dialect, BindList(command, "@p", parents.Cast<object>()));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var parent = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                if (!into.TryGetValue(parent, out var rows))
                {
                    into[parent] = rows = [];
                }

                if (nested.Count > 0)
                {
                    keys.Add((parent, rows.Count, Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
                }

                rows.Add(new CvDetailRecord(projection.Descriptor, ReadValues(reader, nested.Count == 0 ? 1 : 2, projection.Descriptor.Fields)));
            }
        }

        if (keys.Count == 0)
        {
            return;
        }

        // Each nested element's rows in turn (WSDL order), so a row's nested rows are grouped by element as ASMX writes them.
        var children = new Dictionary<long, List<CvDetailRecord>>();
        foreach (var element in nested)
        {
            if (DetailProjections.TryGetValue(element, out var inner))
            {
                await ReadDetailsAsync(s, inner, [.. keys.Select(k => k.Key)], children, ct);
            }
        }

        foreach (var (parent, index, key) in keys)
        {
            into[parent][index] = into[parent][index] with { Nested = children.GetValueOrDefault(key) ?? [] };
        }
    }

    private static string BindList(DbCommand command, string prefix, IEnumerable<object> values) =>
        string.Join(", ", values.Select((value, i) =>
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            command.With(name, value);
            return name;
        }));

    private static object?[] ReadValues(DbDataReader reader, int first, IReadOnlyList<CvField> fields)
    {
        var values = new object?[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var ordinal = first + i;
            values[i] = reader.IsDBNull(ordinal) ? null : fields[i].Type switch
            {
                CvFieldType.String or CvFieldType.Id => reader.GetString(ordinal),
                CvFieldType.Boolean => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture) != 0,
                CvFieldType.DateTime => UnixTime.FromStored(Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture)),
                CvFieldType.Integer => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture),
                CvFieldType.Decimal => Money.FromTenThousandths(Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture)),
                _ => Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture),
            };
        }

        return values;
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(DbDataReader reader, CancellationToken ct)
    {
        var ids = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
