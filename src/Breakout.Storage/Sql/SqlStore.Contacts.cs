using Breakout.Domain;
using Breakout.Domain.Contacts;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    /// <summary>One contact call being applied: its api_calls row, who makes it, and the IDs and keys its items used so far.</summary>
    private sealed class ContactCall(CallContext call, DateTimeOffset now)
    {
        public CallContext Call { get; } = call;

        public DateTimeOffset Now { get; } = now;

        public string? UserName { get; set; }

        public HashSet<CventId> Ids { get; } = [];

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>The account's contact custom fields, once an item of the call sends a value (#18).</summary>
        public List<StoredField>? ContactFields { get; set; }
    }

    public Task<IReadOnlyList<ContactItemResult>> SaveContactsAsync(SaveContactsCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ContactItemResult>>(async (s, ct) =>
        {
            var call = await BeginContactCallAsync(s, command.AccountKey, command.ApiUserKey, command.CallId, command.Mode + "Contact", ct);
            var results = new List<ContactItemResult>(command.Contacts.Count);
            foreach (var input in command.Contacts)
            {
                results.Add(await SaveContactAsync(s, call, command.Mode, input, ct));
            }

            return results;
        }, cancellationToken);

    public Task<IReadOnlyList<ContactItemResult>> DeleteContactsAsync(DeleteContactsCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ContactItemResult>>(async (s, ct) =>
        {
            var call = await BeginContactCallAsync(s, command.AccountKey, command.ApiUserKey, command.CallId, "DeleteContact", ct);
            var results = new List<ContactItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                results.Add(await DeleteContactAsync(s, call, item, ct));
            }

            return results;
        }, cancellationToken);

    public Task<ContactFields?> FindContactAsync(long accountKey, CventId id, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) => await LoadContactAsync(s, accountKey, id, forUpdate: false, ct) is { } row
            ? new ContactFields(row.Id, row.Values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => CvValues.Format(v.Value!), StringComparer.Ordinal))
            : null, cancellationToken);

    /// <summary>
    /// Locks the account row (PostgreSQL) so that contact calls of one account run one after another: the checks that
    /// an e-mail key is not taken yet then see every contact committed before, across nodes.
    /// </summary>
    private async Task<ContactCall> BeginContactCallAsync(SqlSession s, long accountKey, long apiUserKey, Guid callId, string operation, CancellationToken ct)
    {
        await s.Command("SELECT a.pk FROM accounts a WHERE a.pk = @a" + Dialect.LockRows("a")).With("@a", accountKey).ScalarInt64Async(ct);
        return new ContactCall(new CallContext(accountKey, apiUserKey, callId, operation), Time.GetUtcNow());
    }

    private async Task<ContactItemResult> SaveContactAsync(SqlSession s, ContactCall call, ContactWriteMode mode, ContactInput input, CancellationToken ct)
    {
        var reference = NullIfEmpty(input.MessageId);
        var sentSourceId = NullIfEmpty(input.Attributes.GetValueOrDefault(ContactRules.SourceId));
        ContactItemResult Refused(CventError error, string? id = null) => new(id, reference, sentSourceId, error);

        var given = HasContactId(input.Id);
        CventId? id = null;
        if (mode == ContactWriteMode.Create && given)
        {
            return Refused(CventErrors.InvalidContactId.WithDescription("ID is not valid: CreateContact assigns the ID; update an existing contact with UpdateContact or UpsertContact."));
        }

        if (mode == ContactWriteMode.Update && !given)
        {
            return Refused(CventErrors.ContactIdRequiredToUpdate);
        }

        if (given)
        {
            if (!CventId.TryParse(input.Id, out var parsed))
            {
                return Refused(CventErrors.InvalidContactId, CventId.Echo(input.Id));
            }

            if (!call.Ids.Add(parsed))
            {
                return Refused(CventErrors.DuplicateContactId, parsed.ToString());
            }

            id = parsed;
        }

        var echo = id?.ToString();
        var existing = id is { } known ? await LoadContactAsync(s, call.Call.AccountKey, known, forUpdate: true, ct) : null;
        if (id is not null && existing is null)
        {
            return Refused(CventErrors.InvalidContactId, echo);
        }

        var (changes, error) = ContactRules.Parse(input, call.Now);
        error ??= mode == ContactWriteMode.Upsert ? ContactRules.CheckUpsert(changes) : null;
        if (error is not null)
        {
            return Refused(error, echo);
        }

        var sentKey = changes.TryGetValue(ContactRules.EmailAddress, out var email) ? ContactRules.Key(email) : null;
        if (mode == ContactWriteMode.Upsert && existing is null)
        {
            existing = await FindContactByKeyAsync(s, call.Call.AccountKey, sentKey!, ct);
        }

        var creating = existing is null;
        var merged = new Dictionary<string, object?>(creating ? ContactRules.Defaults : existing!.Values, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            merged[name] = value;
        }

        error = ContactRules.Check(creating, changes, merged)
            ?? await CheckParentAsync(s, call.Call.AccountKey, changes, ct)
            ?? await CheckKeyAsync(s, call, sentKey, existing, ct);
        if (error is not null)
        {
            return Refused(error, echo);
        }

        var (customValues, customError) = await ParseCustomValuesAsync(s, call.Call.AccountKey, input.CustomFields, () => call.ContactFields, f => call.ContactFields = f, ct);
        if (customError is not null)
        {
            return Refused(customError, echo);
        }

        call.UserName ??= await s.Command("SELECT user_name FROM api_users WHERE pk = @u").With("@u", call.Call.ApiUserKey).ExecuteScalarAsync(ct) as string ?? "";
        merged["LastModifiedDate"] = call.Now;
        merged["LastModifiedBy"] = call.UserName;
        CventId contactId;
        long contactKey;
        if (creating)
        {
            contactId = CventId.New();
            merged["CreatedDate"] = call.Now;
            merged["CreatedBy"] = call.UserName;
            contactKey = await InsertContactAsync(s, call.Call.AccountKey, contactId, merged, ct);
        }
        else
        {
            (contactId, contactKey) = (existing!.Id, existing.Key);
            await UpdateContactAsync(s, existing.Key, merged, ct);
        }

        await CallKeyAsync(s, call.Call, ct);
        await WriteCustomValuesAsync(s, call.Call, nameof(CvObjectType.Contact), "contact_pk", contactKey, customValues, ct);
        await AppendContactChangeAsync(s, call.Call, contactKey, creating, deleting: false, ct); // #21 change feed
        return new ContactItemResult(contactId.ToString(), reference, merged.GetValueOrDefault(ContactRules.SourceId) as string, null, NewContact: creating);
    }

    /// <summary>A <c>ParentContactId</c> must be a live contact of the same account.</summary>
    private async Task<CventError?> CheckParentAsync(SqlSession s, long accountKey, IReadOnlyDictionary<string, object?> changes, CancellationToken ct) =>
        changes.GetValueOrDefault("ParentContactId") is CventId parent && await FindContactKeyAsync(s, accountKey, parent, ct) is null
            ? CventErrors.InvalidContactId.WithDescription($"ID is not valid: ParentContactId '{parent}' is not a contact of this account.")
            : null;

    /// <summary>
    /// The e-mail key an item sends must be new to the call (CV40103) and belong to no other live contact (CV40104).
    /// </summary>
    private async Task<CventError?> CheckKeyAsync(SqlSession s, ContactCall call, string? key, ContactRow? existing, CancellationToken ct)
    {
        if (key is null)
        {
            return null;
        }

        if (!call.Keys.Add(key))
        {
            return CventErrors.DuplicateContactKey;
        }

        return await FindContactByKeyAsync(s, call.Call.AccountKey, key, ct) is { } holder && holder.Key != existing?.Key
            ? CventErrors.ContactAlreadyExists
            : null;
    }

    private async Task<ContactItemResult> DeleteContactAsync(SqlSession s, ContactCall call, ObjectItem item, CancellationToken ct)
    {
        var reference = NullIfEmpty(item.MessageId);
        if (!HasContactId(item.Id))
        {
            return new ContactItemResult(null, reference, null, CventErrors.ContactIdRequiredToDelete);
        }

        if (!CventId.TryParse(item.Id, out var id))
        {
            return new ContactItemResult(CventId.Echo(item.Id), reference, null, CventErrors.InvalidContactId);
        }

        if (!call.Ids.Add(id))
        {
            return new ContactItemResult(id.ToString(), reference, null, CventErrors.DuplicateContactId);
        }

        if (await LoadContactAsync(s, call.Call.AccountKey, id, forUpdate: true, ct) is not { } contact)
        {
            return new ContactItemResult(id.ToString(), reference, null, CventErrors.InvalidContactId);
        }

        var now = UnixTime.ToStored(call.Now);
        await s.Command("UPDATE contacts SET deleted_at = @t WHERE pk = @pk").With("@t", now).With("@pk", contact.Key).ExecuteNonQueryAsync(ct);
        await LeaveContactListsAsync(s, contact.Key, now, ct); // #17 part B
        await s.Command("INSERT INTO deleted_objects (account_pk, object_type, id, deleted_at) VALUES (@a, @o, @id, @t)")
            .With("@a", call.Call.AccountKey).With("@o", nameof(CvObjectType.Contact)).With("@id", Dialect.IdValue(id)).With("@t", now).ExecuteNonQueryAsync(ct);
        await AppendContactChangeAsync(s, call.Call, contact.Key, creating: false, deleting: true, ct); // #21 change feed
        return new ContactItemResult(id.ToString(), reference, contact.Values[ContactRules.SourceId] as string, null);
    }

    /// <summary>Whether an item names a contact: an <c>Id</c> that is neither absent, empty, nor the empty GUID proxies send for "no ID".</summary>
    private static bool HasContactId(string? id) => !string.IsNullOrWhiteSpace(id) && !(Guid.TryParse(id.Trim(), out var guid) && guid == Guid.Empty);
}
