using System.Globalization;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// The import of rows nested in detail rows (#17: a hotel request's room rates, an itinerary's flights, a travel
/// question's answers), declared in <see cref="SqlObjectTables.NestedDetails"/>: after the details, outer rows first, so
/// a file may bring an itinerary and its flights, or a question and its answers.
/// </summary>
public abstract partial class SqlStore
{
    private async Task ImportNestedDetailsAsync(SqlSession s, long accountKey, CatalogBatch batch, List<ImportRowError> errors, CancellationToken ct)
    {
        foreach (var table in SqlObjectTables.NestedDetails)
        {
            foreach (var row in batch.Details.Where(d => d.Detail == table.Import))
            {
                await ImportNestedAsync(s, accountKey, table, row, errors, ct);
            }
        }
    }

    private async Task ImportNestedAsync(SqlSession s, long accountKey, SqlNestedTable table, CvDetailRow row, List<ImportRowError> errors, CancellationToken ct)
    {
        var kind = ImportKind(row);
        var outer = table.Outer;
        if (await FindRowAsync(s, accountKey, outer.Parent.Table, row.ParentId, null, ct) is not { } parent)
        {
            errors.Add(new ImportRowError(kind, row.Key, $"{row.Type.Name} {row.ParentId} does not exist."));
            return;
        }

        var outerKey = table.OuterKey;
        if (outerKey.Concat(table.Rows.Key).FirstOrDefault(k => row.Values.GetValueOrDefault(k) is null) is { } missing)
        {
            errors.Add(new ImportRowError(kind, row.Key, $"{missing} is missing."));
            return;
        }

        await using var find = s.Command(table.FindOuter()).With("@p", parent);
        for (var i = 0; i < outerKey.Count; i++)
        {
            find.With($"@k{i}", StoredValue(row.Values[outerKey[i]]));
        }

        if (await find.ExecuteScalarAsync(ct) is not { } found)
        {
            var key = string.Join("/", outerKey.Select(k => CvValues.Format(row.Values[k]!)));
            errors.Add(new ImportRowError(kind, row.Key, $"{outer.Descriptor.Element} {key} of {row.Type.Name} {row.ParentId} does not exist."));
            return;
        }

        await using var command = s.Command(table.Rows.Upsert()).With("@p", Convert.ToInt64(found, CultureInfo.InvariantCulture));
        BindStored(command, table.Rows.Stored, row.Values);
        await command.ExecuteNonQueryAsync(ct);
        await s.Command($"UPDATE {outer.Parent.Table} SET updated_at = @t WHERE pk = @p").With("@t", Now).With("@p", parent).ExecuteNonQueryAsync(ct);
    }
}
