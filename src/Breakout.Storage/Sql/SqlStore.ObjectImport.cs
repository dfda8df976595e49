using System.Data.Common;
using System.Globalization;
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
                var existed = table.Feeds ? await FindRowAsync(s, accountKey, table.Table, row.Id, null, ct) : null;
                if (await ImportObjectAsync(s, accountKey, table, row, ct) is { } problem)
                {
                    errors.Add(new ImportRowError(ImportKind(row.Type), row.Id.ToString(), problem));
                }
                else if (table.Feeds)
                {
                    await RecordChangeAsync(s, call, table.Descriptor.Type, row.Id, existed is null ? "Created" : "Updated", null, null, ct); // as the type's SOAP writes
                }
            }
        }

        // In the batch's order, so the change feed lists a file's new members as they come.
        foreach (var row in batch.Details)
        {
            if (SqlObjectTables.Details.FirstOrDefault(t => t.Descriptor == row.Detail && t.Parent.Descriptor.Type == row.Type.Type) is { } table
                && await ImportDetailAsync(s, call, table, row, ct) is { } problem)
            {
                errors.Add(new ImportRowError(ImportKind(row), row.Key, problem));
            }
        }

        await ImportNestedDetailsAsync(s, accountKey, batch, errors, ct); // #17 nested details
    }

    /// <summary>Writes one object; the reason it cannot be written, or null.</summary>
    private async Task<string?> ImportObjectAsync(SqlSession s, long accountKey, SqlObjectTable table, CvObjectRow row, CancellationToken ct)
    {
        var (keys, problem) = await ResolveReferencesAsync(s, accountKey, null, table.References, row.Values, ct);
        if ((problem ??= await NameTakenAsync(s, accountKey, table, row, ct)) is not null)
        {
            return problem;
        }

        await using var command = BindKeys(s.Command(table.Upsert()).With("@a", accountKey).With("@id", Dialect.IdValue(row.Id)).With("@t", Now), keys);
        BindStored(command, table.Stored, row.Values);
        await command.ExecuteNonQueryAsync(ct);
        if (table.WritesThrough is var (field, sql) && row.Values.GetValueOrDefault(field) is { } value && !Equals(value, ""))
        {
            await BindKeys(s.Command(sql).With("@v", StoredValue(value)).With("@t", Now), keys).ExecuteNonQueryAsync(ct);
        }

        return null;
    }

    /// <summary>
    /// Adds or updates one detail row of its object, touching the object so GetUpdated sees it; the reason it cannot, or
    /// null. A row the object did not have is a change of the import where the table says so (a list's new member).
    /// </summary>
    private async Task<string?> ImportDetailAsync(SqlSession s, CallContext call, SqlDetailTable table, CvDetailRow row, CancellationToken ct)
    {
        var accountKey = call.AccountKey;
        if (await FindRowAsync(s, accountKey, table.Parent.Table, row.ParentId, null, ct) is not { } parent)
        {
            return $"{row.Type.Name} {row.ParentId} does not exist.";
        }

        if (table.Key.FirstOrDefault(k => row.Values.GetValueOrDefault(k) is null or "") is { } missing)
        {
            return $"{missing} is missing.";
        }

        var (keys, problem) = await ResolveReferencesAsync(s, accountKey, parent, table.References, row.Values, ct);
        if (problem is not null)
        {
            return problem;
        }

        var added = 0;
        foreach (var statement in table.Statements)
        {
            await using var command = BindKeys(s.Command(statement).With("@p", parent), keys);
            BindStored(command, table.Stored, row.Values);
            added += await command.ExecuteNonQueryAsync(ct);
        }

        await s.Command($"UPDATE {table.Parent.Table} SET updated_at = @t WHERE pk = @p").With("@t", Now).With("@p", parent).ExecuteNonQueryAsync(ct);
        if (table.Feeds is { } action && added > 0)
        {
            await RecordChangeAsync(s, call, row.Type.Type, row.ParentId, action, (CventId)row.Values[table.Key[0]]!, null, ct);
        }

        return null;
    }

    /// <summary>The name an import error of an object row carries: the type's name in lower case (<c>speaker</c>).</summary>
    internal static string ImportKind(CvObjectDescriptor type) => type.Name.ToLowerInvariant();

    /// <summary>The name an import error of a detail row carries: type and element in lower case (<c>speaker.assignedsessions</c>).</summary>
    internal static string ImportKind(CvDetailRow row) => $"{row.Type.Name}.{row.Detail.Element}".ToLowerInvariant();

    /// <summary>Binds <c>@r0</c>… with the keys of the referred rows.</summary>
    private static DbCommand BindKeys(DbCommand command, long?[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            command.With($"@r{i}", keys[i]);
        }

        return command;
    }

    /// <summary>
    /// The keys of the rows an imported row's references name in the same account (null for an optional one left out),
    /// or which reference is missing or unknown: the one rule of every declared type's import.
    /// </summary>
    private async Task<(long?[] Keys, string? Problem)> ResolveReferencesAsync(
        SqlSession s, long accountKey, long? parent, IReadOnlyList<SqlReference> references, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        var keys = new long?[references.Count];
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            if (values.GetValueOrDefault(reference.Field) is { } value and not "")
            {
                await using var find = s.Command($"SELECT x.pk FROM {reference.Target} x WHERE x.account_pk = @a AND x.{reference.By} = @id" +
                    (reference.Scope is null ? "" : " AND " + reference.Scope)).With("@a", accountKey).With("@id", StoredValue(value));
                if ((keys[i] = await (reference.Scope?.Contains("@p", StringComparison.Ordinal) == true ? find.With("@p", parent) : find).ScalarInt64Async(ct)) is null)
                {
                    return (keys, string.Format(CultureInfo.InvariantCulture, reference.Unknown, CvValues.Format(value)));
                }
            }
            else if (reference.Required)
            {
                return (keys, $"{reference.Field} is missing.");
            }
        }

        return (keys, null);
    }

    /// <summary>Refuses a row whose <see cref="SqlObjectTable.Unique"/> field another row of the account has (case-insensitively), rather than failing the import on the unique index (#18).</summary>
    private async Task<string?> NameTakenAsync(SqlSession s, long accountKey, SqlObjectTable table, CvObjectRow row, CancellationToken ct) =>
        table.Unique is var (field, noun) && row.Values.GetValueOrDefault(field) is string name && await s.Command(
                $"SELECT pk FROM {table.Table} WHERE account_pk = @a AND {Dialect.Fold(table.Stored.Single(f => f.Field.Name == field).Column)} = {Dialect.Fold("@n")} AND id <> @id")
            .With("@a", accountKey).With("@n", name).With("@id", Dialect.IdValue(row.Id)).ScalarInt64Async(ct) is not null
            ? $"A {noun} named '{name}' already exists."
            : null;

    private void BindStored(DbCommand command, IReadOnlyList<(CvField Field, string Column)> stored, IReadOnlyDictionary<string, object?> values)
    {
        for (var i = 0; i < stored.Count; i++)
        {
            // A field left out takes its default (a respondent's status, a list's security type: columns that need one).
            var field = stored[i].Field;
            var given = values.GetValueOrDefault(field.Name) ?? (field.DefaultValue is { } fallback && CvValues.TryParse(field.Type, fallback, out var typed) ? typed : null);
            command.With($"@f{i}", StoredValue(field.Type == CvFieldType.Decimal ? Money.Exact(given) : given));
        }
    }
}
