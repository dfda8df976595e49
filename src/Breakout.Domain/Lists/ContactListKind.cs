using Breakout.Domain.Objects;

namespace Breakout.Domain.Lists;

/// <summary>
/// What differs between contact groups and distribution lists: the name field, and the error of each outcome (Cvent
/// documents a family of codes for each; where it documents none, Breakout's own BO codes).
/// </summary>
/// <param name="NameField">The wire field holding the list's name, unique in the account.</param>
public sealed record ContactListKind(
    CvObjectType Type,
    string NameField,
    CventError NameRequired,
    CventError NameTaken,
    CventError InvalidList,
    CventError MemberIdRequired,
    CventError InvalidMember,
    CventError AlreadyMember,
    CventError NotMember)
{
    public static readonly ContactListKind ContactGroup = new(
        CvObjectType.ContactGroup, "Name", CventErrors.ContactGroupNameRequired, CventErrors.ContactGroupNameTaken, CventErrors.InvalidContactGroupId,
        CventErrors.GroupMemberIdRequired, CventErrors.InvalidGroupMemberId, CventErrors.ContactAlreadyInGroup, CventErrors.ContactNotInGroup);

    public static readonly ContactListKind DistributionList = new(
        CvObjectType.DistributionList, "DistributionListName", CventErrors.DistributionListNameRequired, CventErrors.DistributionListNameTaken,
        CventErrors.InvalidDistributionListId, CventErrors.DistributionListMemberIdRequired, CventErrors.InvalidContactId,
        CventErrors.ContactAlreadyInDistributionList, CventErrors.ContactNotInDistributionList);

    public static ContactListKind Of(CvObjectType type) => type switch
    {
        CvObjectType.ContactGroup => ContactGroup,
        CvObjectType.DistributionList => DistributionList,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a list of contacts."),
    };
}
