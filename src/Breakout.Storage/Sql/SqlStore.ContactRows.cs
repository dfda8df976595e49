using System.Data.Common;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// Contact rows: one column per Contact field (<see cref="SqlNames.ContactColumn"/>), read and written whole as typed
/// values keyed by wire name, so that every statement is one fixed text (prepared once, whatever an item sends).
/// </summary>
public abstract partial class SqlStore
{
    private static readonly IReadOnlyList<CvField> ContactFieldList = ContactObject.Descriptor.Fields;

    /// <summary>Columns that predate migration 0005 and are NOT NULL: an absent text is stored as empty.</summary>
    private static readonly HashSet<string> NotNullContactColumns = new(["first_name", "last_name", "email_address", "company"], StringComparer.Ordinal);

    private static readonly string ContactSelect =
        "SELECT c.pk, c.id, " + string.Join(", ", ContactFieldList.Select(f => "c." + SqlNames.ContactColumn(f))) + " FROM contacts c ";

    private static readonly string ContactInsert =
        "INSERT INTO contacts (account_pk, id, " + string.Join(", ", ContactFieldList.Select(SqlNames.ContactColumn)) + ") VALUES (@a, @id, " +
        string.Join(", ", ContactFieldList.Select((_, i) => "@p" + i)) + ") RETURNING pk";

    private static readonly string ContactUpdate =
        "UPDATE contacts SET " + string.Join(", ", ContactFieldList.Select((f, i) => $"{SqlNames.ContactColumn(f)} = @p{i}")) + " WHERE pk = @pk";

    /// <summary>A stored contact: its row key, ID and every field's typed value (null when unset).</summary>
    private sealed record ContactRow(long Key, CventId Id, Dictionary<string, object?> Values);

    /// <summary>The live (not deleted) contact of that ID in the account; locked for the transaction when <paramref name="forUpdate"/>.</summary>
    private Task<ContactRow?> LoadContactAsync(SqlSession s, long accountKey, CventId id, bool forUpdate, CancellationToken ct) =>
        ReadContactAsync(s.Command(ContactSelect + "WHERE c.account_pk = @a AND c.id = @id AND c.deleted_at IS NULL" + (forUpdate ? Dialect.LockRows("c") : ""))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)), ct);

    /// <summary>The oldest live contact of the account with that duplicate key (e-mail address, any case).</summary>
    private Task<ContactRow?> FindContactByKeyAsync(SqlSession s, long accountKey, string key, CancellationToken ct) =>
        ReadContactAsync(s.Command(ContactSelect + "WHERE c.account_pk = @a AND LOWER(c.email_address) = LOWER(CAST(@m AS TEXT)) AND c.deleted_at IS NULL " +
                "ORDER BY c.pk LIMIT 1" + Dialect.LockRows("c"))
            .With("@a", accountKey).With("@m", key), ct);

    /// <summary>The row key of a live contact, for the calls that refer to contacts (TransferInvitee, import).</summary>
    private async Task<long?> FindContactKeyAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct) =>
        await s.Command("SELECT pk FROM contacts WHERE account_pk = @a AND id = @id AND deleted_at IS NULL")
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct);

    private async Task<long> InsertContactAsync(SqlSession s, long accountKey, CventId id, IReadOnlyDictionary<string, object?> values, CancellationToken ct) =>
        (await BindContact(s.Command(ContactInsert).With("@a", accountKey).With("@id", Dialect.IdValue(id)), values).ScalarInt64Async(ct))!.Value;

    private async Task UpdateContactAsync(SqlSession s, long key, IReadOnlyDictionary<string, object?> values, CancellationToken ct) =>
        await BindContact(s.Command(ContactUpdate).With("@pk", key), values).ExecuteNonQueryAsync(ct);

    private DbCommand BindContact(DbCommand command, IReadOnlyDictionary<string, object?> values)
    {
        for (var i = 0; i < ContactFieldList.Count; i++)
        {
            var field = ContactFieldList[i];
            object? stored = values.GetValueOrDefault(field.Name) switch
            {
                null => NotNullContactColumns.Contains(SqlNames.ContactColumn(field)) ? "" : null,
                bool flag => flag ? 1 : 0,
                DateTimeOffset time => UnixTime.ToStored(time),
                CventId id => Dialect.IdValue(id),
                var value => value,
            };
            command.With("@p" + i, stored);
        }

        return command;
    }

    private static async Task<ContactRow?> ReadContactAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < ContactFieldList.Count; i++)
        {
            var ordinal = i + 2;
            var field = ContactFieldList[i];
            values[field.Name] = reader.IsDBNull(ordinal) ? null : field.Type switch
            {
                CvFieldType.Boolean => reader.GetInt64(ordinal) != 0,
                CvFieldType.DateTime => UnixTime.FromStored(reader.GetInt64(ordinal)),
                CvFieldType.Id => new CventId(reader.GetGuid(ordinal)),
                _ => reader.GetString(ordinal) is { Length: > 0 } text ? text : null,
            };
        }

        return new ContactRow(reader.GetInt64(0), new CventId(reader.GetGuid(1)), values);
    }
}
