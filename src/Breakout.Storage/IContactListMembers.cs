using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage;

/// <summary>
/// The members of the account's ContactGroups and DistributionLists. V200611 writes them with
/// ManageContactGroupMembers and ManageDistributionListMembers and has no call that reads them; Breakout keeps them so a
/// deleted contact can leave every list it was on, as in Cvent.
/// </summary>
public interface IContactListMembers
{
    /// <summary>
    /// The contact IDs of one list (<see cref="CvObjectType.ContactGroup"/> or <see cref="CvObjectType.DistributionList"/>),
    /// in ID order; null when the account has no such list.
    /// </summary>
    Task<IReadOnlyList<string>?> GetListMembersAsync(long accountKey, CvObjectType listType, CventId listId, CancellationToken cancellationToken = default);
}
