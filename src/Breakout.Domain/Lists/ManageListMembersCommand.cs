using Breakout.Domain.Objects;

namespace Breakout.Domain.Lists;

/// <summary>
/// A ManageContactGroupMembers (<see cref="CvObjectType.ContactGroup"/>, <c>GroupId</c>) or ManageDistributionListMembers
/// (<see cref="CvObjectType.DistributionList"/>, <c>DistListId</c>) call: the list as sent and the contacts, in order.
/// </summary>
public sealed record ManageListMembersCommand(
    long AccountKey, long ApiUserKey, Guid CallId, CvObjectType ListType, string? ListId, ListMemberAction Action, IReadOnlyList<ObjectItem> Items);
