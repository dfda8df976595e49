using Breakout.Domain;
using Breakout.Domain.Lists;

namespace Breakout.Storage;

/// <summary>
/// CreateContactGroup, CreateDistributionList and their Manage…Members calls. They write the tables Retrieve, Search,
/// GetUpdated and <see cref="IContactListMembers"/> read; a list's name is unique in its account (case-insensitively),
/// which the database enforces with a unique index, so concurrent creates of one name leave exactly one list.
/// </summary>
public interface IContactListWrites
{
    /// <summary>Creates lists: one result per item, in order (the new list's ID, or the item's error); all in one transaction.</summary>
    Task<IReadOnlyList<ItemResult>> CreateListsAsync(CreateListsCommand command, CancellationToken cancellationToken = default);

    /// <summary>Adds contacts to a list or removes them: one result per contact, in order (the contact's ID, or the item's error).</summary>
    Task<IReadOnlyList<ItemResult>> ManageListMembersAsync(ManageListMembersCommand command, CancellationToken cancellationToken = default);
}
