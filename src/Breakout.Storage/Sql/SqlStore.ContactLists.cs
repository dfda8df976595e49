using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    public Task<IReadOnlyList<string>?> GetListMembersAsync(long accountKey, CvObjectType listType, CventId listId, CancellationToken cancellationToken = default)
    {
        var (lists, members, owner) = ListTables(listType);
        return ReadAsync<IReadOnlyList<string>?>(async (s, ct) =>
        {
            if (await s.Command($"SELECT pk FROM {lists} WHERE account_pk = @a AND id = @id")
                    .With("@a", accountKey).With("@id", Dialect.IdValue(listId)).ScalarInt64Async(ct) is not { } list)
            {
                return null;
            }

            await using var reader = await s.Command(
                    $"SELECT x.id FROM (SELECT {Dialect.IdText("c.id")} AS id FROM {members} m JOIN contacts c ON c.pk = m.contact_pk WHERE m.{owner} = @l) x " +
                    $"ORDER BY {Dialect.Binary("x.id")}")
                .With("@l", list).ExecuteReaderAsync(ct);
            return await ReadStringsAsync(reader, ct);
        }, cancellationToken);
    }

    /// <summary>A deleted contact leaves every ContactGroup and DistributionList; the lists count as changed.</summary>
    private static async Task LeaveContactListsAsync(SqlSession s, long contactKey, long now, CancellationToken ct)
    {
        await s.Command("UPDATE contact_groups SET updated_at = @t WHERE pk IN (SELECT group_pk FROM contact_group_members WHERE contact_pk = @c)")
            .With("@t", now).With("@c", contactKey).ExecuteNonQueryAsync(ct);
        await s.Command("UPDATE distribution_lists SET updated_at = @t WHERE pk IN (SELECT list_pk FROM distribution_list_members WHERE contact_pk = @c)")
            .With("@t", now).With("@c", contactKey).ExecuteNonQueryAsync(ct);
        await s.Command("DELETE FROM contact_group_members WHERE contact_pk = @c").With("@c", contactKey).ExecuteNonQueryAsync(ct);
        await s.Command("DELETE FROM distribution_list_members WHERE contact_pk = @c").With("@c", contactKey).ExecuteNonQueryAsync(ct);
    }

    /// <summary>A contact's ContactGroupDetail and DistributionListDetail rows: the lists it is a member of, by name.</summary>
    private static IEnumerable<SqlDetailProjection> ContactListDetailProjections()
    {
        yield return new(ContactObject.ContactGroupDetail,
            "SELECT m.contact_pk AS \"Parent\", g.name AS \"GroupName\", g.id AS \"GroupId\", COALESCE(g.name, '') AS \"Name\" " +
            "FROM contact_group_members m JOIN contact_groups g ON g.pk = m.group_pk WHERE m.contact_pk IN ({parents})",
            d => $"{d.Binary("d.\"Name\"")}, d.\"GroupId\"");
        yield return new(ContactObject.DistributionListDetail,
            "SELECT m.contact_pk AS \"Parent\", l.id AS \"Id\", l.name AS \"DistributionListName\", m.approved AS \"Approved\", " +
            "COALESCE(l.name, '') AS \"Name\" FROM distribution_list_members m JOIN distribution_lists l ON l.pk = m.list_pk WHERE m.contact_pk IN ({parents})",
            d => $"{d.Binary("d.\"Name\"")}, d.\"Id\"");
    }
}
