using System.Data.Common;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// The import of the types declared in <see cref="SqlObjectTables"/>: one generic upsert per row, references resolved
/// within the account (a row naming another account's event is refused like a missing one), details after objects.
/// </summary>
public abstract partial class SqlStore
{
    private async Task ImportObjectsAsync(SqlSession s, CallContext call, CatalogBatch batch, List<ImportRowError> errors, CancellationToken ct)
    {
        var accountKey = call.AccountKey;
        foreach (var table in SqlObjectTables.All)
        {
            foreach (var row in batch.Objects.Where(o => o.Type.Type == table.Descriptor.Type))
            {
                var existed = FeedsImports(table) ? await FindKeyAsync(s, table.Table, accountKey, row.Id, ct) : null;
                if (await ImportObjectAsync(s, accountKey, table, row, errors, ct) && FeedsImports(table))
                {
                    await RecordChangeAsync(s, call, table.Descriptor.Type, row.Id, existed is null ? "Created" : "Updated", null, null, ct);
                }
            }
        }

        foreach (var table in SqlObjectTables.Details)
        {
            foreach (var row in batch.Details.Where(d => d.Detail == table.Descriptor))
            {
                await ImportDetailAsync(s, accountKey, table, row, errors, ct);
            }
        }

        await ImportNestedDetailsAsync(s, accountKey, batch, errors, ct); // #17 nested details

        // #17 part B
        await ImportSurveyAndListRowsAsync(s, call, batch, errors, ct);
    }

    /// <summary>
    /// The declared types whose SOAP writes are in the change feed: their imports are too (as the import's changes).
    /// Contact groups and distribution lists are imported with the #17 part B rows, which feed them the same way.
    /// </summary>
    private static bool FeedsImports(SqlObjectTable table) => table.Descriptor.Type is CvObjectType.User;

    private async Task<bool> ImportObjectAsync(SqlSession s, long accountKey, SqlObjectTable table, CvObjectRow row, List<ImportRowError> errors, CancellationToken ct)
    {
        await using var command = s.Command(table.Upsert()).With("@a", accountKey).With("@id", Dialect.IdValue(row.Id)).With("@t", Now);
        if (await BindReferencesAsync(s, accountKey, command, table.References, row.Values, ct) is { } problem)
        {
            errors.Add(new ImportRowError(ImportKind(row.Type), row.Id.ToString(), problem));
            return false;
        }

        BindStored(command, table.Stored, row.Values);
        await command.ExecuteNonQueryAsync(ct);
        return true;
    }

    private async Task ImportDetailAsync(SqlSession s, long accountKey, SqlDetailTable table, CvDetailRow row, List<ImportRowError> errors, CancellationToken ct)
    {
        var kind = ImportKind(row);
        var parent = await FindRowAsync(s, accountKey, table.Parent.Table, row.ParentId, null, ct);
        if (parent is null)
        {
            errors.Add(new ImportRowError(kind, row.Key, $"{row.Type.Name} {row.ParentId} does not exist."));
            return;
        }

        await using var command = s.Command(table.Upsert()).With("@p", parent.Value);
        if (await BindReferencesAsync(s, accountKey, command, table.References, row.Values, ct) is { } problem)
        {
            errors.Add(new ImportRowError(kind, row.Key, problem));
            return;
        }

        BindStored(command, table.Stored, row.Values);
        await command.ExecuteNonQueryAsync(ct);
        await s.Command($"UPDATE {table.Parent.Table} SET updated_at = @t WHERE pk = @p").With("@t", Now).With("@p", parent.Value).ExecuteNonQueryAsync(ct);
    }

    /// <summary>The name an import error of an object row carries: the type's name in lower case (<c>speaker</c>).</summary>
    internal static string ImportKind(CvObjectDescriptor type) => type.Name.ToLowerInvariant();

    /// <summary>The name an import error of a detail row carries: type and element in lower case (<c>speaker.assignedsessions</c>).</summary>
    internal static string ImportKind(CvDetailRow row) => $"{row.Type.Name}.{row.Detail.Element}".ToLowerInvariant();

    /// <summary>Binds <c>@r0</c>… with the keys of the referred rows, or says which reference is missing or unknown.</summary>
    private async Task<string?> BindReferencesAsync(
        SqlSession s, long accountKey, DbCommand command, IReadOnlyList<SqlReference> references, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        var (keys, problem) = await ResolveReferencesAsync(s, accountKey, references, values, ct);
        for (var i = 0; problem is null && i < keys.Length; i++)
        {
            command.With($"@r{i}", keys[i]);
        }

        return problem;
    }

    /// <summary>
    /// The keys of the rows an imported row's references name in the same account (null for an optional one left out),
    /// or which reference is missing or unknown: the one rule of every declared type's import, both #17 parts.
    /// </summary>
    private async Task<(long?[] Keys, string? Problem)> ResolveReferencesAsync(
        SqlSession s, long accountKey, IReadOnlyList<SqlReference> references, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        var keys = new long?[references.Count];
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            if (values.GetValueOrDefault(reference.Field) is CventId id)
            {
                if ((keys[i] = await FindRowAsync(s, accountKey, reference.Target, id, reference.Scope, ct)) is null)
                {
                    return (keys, $"{reference.Noun} {id} does not exist.");
                }
            }
            else if (reference.Required)
            {
                return (keys, $"{reference.Field} is missing.");
            }
        }

        return (keys, null);
    }

    private void BindStored(DbCommand command, IReadOnlyList<(CvField Field, string Column)> stored, IReadOnlyDictionary<string, object?> values)
    {
        for (var i = 0; i < stored.Count; i++)
        {
            var given = values.GetValueOrDefault(stored[i].Field.Name);
            command.With($"@f{i}", StoredValue(stored[i].Field.Type == CvFieldType.Decimal ? Money.Exact(given) : given));
        }
    }
}
