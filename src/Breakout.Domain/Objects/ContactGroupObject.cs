using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The ContactGroup type: a named group of the account's contacts, the attributes of <c>s1:ContactGroup</c> in WSDL
/// order. Cvent's ContactGroup object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/contact_objects/contact_group) marks
/// <c>Name</c> and <c>GroupType</c> read-only and no field searchable, and no field for GetUpdated: a ContactGroup is
/// found by an unfiltered Search, and GetUpdated windows on a time Breakout keeps and does not send (the last import or
/// membership change), as for Session. Members are contacts; a deleted contact leaves every group.
/// Groups come from an import or CreateContactGroup, members from an import or ManageContactGroupMembers (issue #18).
/// </summary>
public static class ContactGroupObject
{
    /// <summary>The members the catalogue import takes (<c>contactgroup.members</c>): one contact per row.</summary>
    public static readonly CvDetailDescriptor Members = new("Members", [new("ContactId", T.Id)]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.ContactGroup,
        null,
        [
            new("Name", T.String, 100, ReadOnly: true),
            new("ShortDescription", T.String, 500),
            new("GroupType", T.String, 50, ReadOnly: true),
        ]) with
    {
        ImportDetails = [Members],
    };
}
