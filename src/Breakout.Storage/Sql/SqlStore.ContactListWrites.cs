using Breakout.Domain;
using Breakout.Domain.Lists;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// CreateContactGroup, CreateDistributionList and the calls that manage their members (issue #18). A list's name is
/// unique in its account by the unique index of migration 0012 (SQLite) / 0016 (PostgreSQL): the insert does nothing
/// when the name is taken, even by a list another transaction is inserting at the same time (PostgreSQL waits for it),
/// and the item reports the name as taken. Members are rows keyed by list and contact, so adding one twice or removing
/// one that is not there changes nothing and the item says so. Each change writes a history row and moves the list's
/// modification time, which GetUpdated windows on.
/// </summary>
public abstract partial class SqlStore : IContactListWrites
{
    private const string InsertContactGroup =
        "INSERT INTO contact_groups (account_pk, id, name, short_description, group_type, updated_at) VALUES (@a, @id, @n, @p0, @p1, @t) " +
        "ON CONFLICT DO NOTHING RETURNING pk";

    private const string InsertDistributionList =
        "INSERT INTO distribution_lists (account_pk, id, name, active, description, internal_note, security_type, updated_at) " +
        "VALUES (@a, @id, @n, @p0, @p1, @p2, @p3, @t) ON CONFLICT DO NOTHING RETURNING pk";

    private const string InsertChange =
        "INSERT INTO object_changes (call_pk, object_type, object_id, action, member_id, message_id, changed_fields) VALUES (@c, @o, @id, @x, @m, @r, @f)";

    public Task<IReadOnlyList<ItemResult>> CreateListsAsync(CreateListsCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var kind = ContactListKind.Of(command.ListType);
            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "Create" + command.ListType);
            var results = new List<ItemResult>(command.Lists.Count);
            foreach (var input in command.Lists)
            {
                results.Add(await CreateListAsync(s, call, kind, input, ct));
            }

            return results;
        }, cancellationToken);

    public Task<IReadOnlyList<ItemResult>> ManageListMembersAsync(ManageListMembersCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var kind = ContactListKind.Of(command.ListType);
            var (lists, members, owner) = ListTables(kind.Type);
            var operation = kind.Type == CvObjectType.ContactGroup ? "ManageContactGroupMembers" : "ManageDistributionListMembers";
            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, operation);

            // The list row stays locked to the end (PostgreSQL), so calls on one list apply one after another.
            long? list = null;
            if (CventId.TryParse(command.ListId?.Trim(), out var listId))
            {
                list = await s.Command($"SELECT l.pk FROM {lists} l WHERE l.account_pk = @a AND l.id = @id" + Dialect.LockRows("l"))
                    .With("@a", command.AccountKey).With("@id", Dialect.IdValue(listId)).ScalarInt64Async(ct);
            }

            var results = new List<ItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                var reference = NullIfEmpty(item.MessageId);
                var echo = CventId.Echo(item.Id);
                if (!HasContactId(item.Id))
                {
                    results.Add(new ItemResult(null, reference, kind.MemberIdRequired));
                }
                else if (list is null)
                {
                    results.Add(new ItemResult(echo, reference, kind.InvalidList.WithDescription(
                        $"{kind.InvalidList.Description}: '{command.ListId}' is not a {Noun(kind)} of this account.")));
                }
                else if (!CventId.TryParse(item.Id, out var contactId) || await LockLiveContactAsync(s, command.AccountKey, contactId, ct) is not { } contact)
                {
                    results.Add(new ItemResult(echo, reference, kind.InvalidMember.WithDescription(
                        $"{kind.InvalidMember.Description}: '{item.Id}' is not a contact of this account.")));
                }
                else
                {
                    var changed = command.Action == ListMemberAction.Remove
                        ? await s.Command($"DELETE FROM {members} WHERE {owner} = @l AND contact_pk = @c").With("@l", list).With("@c", contact).ExecuteNonQueryAsync(ct)
                        : await s.Command(kind.Type == CvObjectType.ContactGroup
                                ? "INSERT INTO contact_group_members (group_pk, contact_pk) VALUES (@l, @c) ON CONFLICT DO NOTHING"
                                : "INSERT INTO distribution_list_members (list_pk, contact_pk, approved) VALUES (@l, @c, @p) ON CONFLICT DO NOTHING")
                            .With("@l", list).With("@c", contact).With("@p", command.Action == ListMemberAction.AddAsPending ? 0 : 1).ExecuteNonQueryAsync(ct);
                    if (changed == 0)
                    {
                        results.Add(new ItemResult(echo, reference, command.Action == ListMemberAction.Remove ? kind.NotMember : kind.AlreadyMember));
                        continue;
                    }

                    await s.Command($"UPDATE {lists} SET updated_at = @t WHERE pk = @l").With("@t", Now).With("@l", list).ExecuteNonQueryAsync(ct);
                    await RecordChangeAsync(s, call, kind.Type, listId, command.Action == ListMemberAction.Remove ? "MemberRemoved"
                        : command.Action == ListMemberAction.AddAsPending ? "MemberAddedPending" : "MemberAdded", contactId, reference, ct);
                    results.Add(new ItemResult(echo, reference, null));
                }
            }

            return results;
        }, cancellationToken);

    private async Task<ItemResult> CreateListAsync(SqlSession s, CallContext call, ContactListKind kind, ListInput input, CancellationToken ct)
    {
        var reference = NullIfEmpty(input.MessageId);
        var (values, error) = ContactListRules.Parse(kind, input);
        if (error is not null)
        {
            return new ItemResult(null, reference, error);
        }

        var id = CventId.New();
        var name = (string)values[kind.NameField]!;
        var insert = kind.Type == CvObjectType.ContactGroup
            ? s.Command(InsertContactGroup).With("@p0", values["ShortDescription"]).With("@p1", values["GroupType"])
            : s.Command(InsertDistributionList).With("@p0", (bool)values["Active"]! ? 1 : 0).With("@p1", values["Description"])
                .With("@p2", values["InternalNote"]).With("@p3", values["SecurityType"]);
        var key = await insert.With("@a", call.AccountKey).With("@id", Dialect.IdValue(id)).With("@n", name).With("@t", Now).ScalarInt64Async(ct);
        if (key is null)
        {
            return new ItemResult(null, reference, kind.NameTaken.WithDescription($"{kind.NameTaken.Description}: '{name}'."));
        }

        await RecordChangeAsync(s, call, kind.Type, id, "Created", null, reference, ct);
        return new ItemResult(id.ToString(), reference, null);
    }

    /// <summary>
    /// The key of a live contact of the account, locked to the end of the transaction (PostgreSQL): a DeleteContact
    /// running at the same time either waits for this call, and then takes the new member out, or goes first, and then
    /// the contact is not found here.
    /// </summary>
    private async Task<long?> LockLiveContactAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct) =>
        await s.Command("SELECT c.pk FROM contacts c WHERE c.account_pk = @a AND c.id = @id AND c.deleted_at IS NULL" + Dialect.LockRows("c"))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct);

    /// <summary>One history row of these calls, pointing at the call's <c>api_calls</c> row (written with the call's first change).</summary>
    private Task RecordChangeAsync(SqlSession s, CallContext call, CvObjectType type, CventId id, string action, CventId? member, string? messageId, CancellationToken ct) =>
        RecordChangeAsync(s, call, type, id, action, member, messageId, null, ct);

    /// <summary>The same, with the Cvent names of the fields an update changed (comma-separated; see SqlStore.ChangedFields).</summary>
    private async Task RecordChangeAsync(
        SqlSession s, CallContext call, CvObjectType type, CventId id, string action, CventId? member, string? messageId, string? changedFields, CancellationToken ct)
    {
        var callKey = await CallKeyAsync(s, call, ct);
        await s.Command(InsertChange).With("@c", callKey).With("@o", type.ToString()).With("@id", Dialect.IdValue(id)).With("@x", action)
            .With("@m", member is { } m ? Dialect.IdValue(m) : null).With("@r", messageId).With("@f", changedFields).ExecuteNonQueryAsync(ct);
    }

    private static (string Lists, string Members, string Owner) ListTables(CvObjectType type) => type switch
    {
        CvObjectType.ContactGroup => ("contact_groups", "contact_group_members", "group_pk"),
        CvObjectType.DistributionList => ("distribution_lists", "distribution_list_members", "list_pk"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a list of contacts."),
    };

    private static string Noun(ContactListKind kind) => kind.Type == CvObjectType.ContactGroup ? "contact group" : "distribution list";

    /// <summary>Deleting an account removes the history rows of these calls before the calls.</summary>
    private static string[] ObjectChangesDeleteAccountStatements() =>
    [
        "DELETE FROM object_changes WHERE call_pk IN (SELECT pk FROM api_calls WHERE account_pk = @a)",
    ];
}
