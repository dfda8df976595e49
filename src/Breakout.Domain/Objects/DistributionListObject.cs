using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The DistributionList type: an eMarketing list of the account's contacts, the attributes of
/// <c>s1:DistributionList</c> in WSDL order (<c>Active</c> and <c>SecurityType</c>, required attributes in the WSDL, are
/// always written: an import without them takes <c>true</c> and <c>Public</c>). Cvent's DistributionList object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/e_marketing_objects/distribution_list)
/// marks every field read-only, none searchable and none for GetUpdated: a DistributionList is found by an unfiltered
/// Search, and GetUpdated windows on a time Breakout keeps and does not send (the last import or membership change), as
/// for Session. Members are contacts; a deleted contact leaves every list. Lists come from an import or CreateDistributionList,
/// members from an import or ManageDistributionListMembers (issue #18).
/// </summary>
public static class DistributionListObject
{
    /// <summary>The <c>s1:DistributionListSecurityType</c> enumeration, in WSDL order.</summary>
    public static readonly IReadOnlyList<string> SecurityTypes = ["Public", "Semi-Private", "Private"];

    /// <summary>The members the catalogue import takes (<c>distributionlist.members</c>): one contact per row.</summary>
    public static readonly CvDetailDescriptor Members = new("Members", [new("ContactId", T.Id)]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.DistributionList,
        null,
        [
            new("DistributionListName", T.String, 100, ReadOnly: true),
            new("Active", T.Boolean, ReadOnly: true, DefaultValue: "true"),
            new("Description", T.String, 500, ReadOnly: true),
            new("InternalNote", T.String, 2000, ReadOnly: true),
            new("SecurityType", T.String, 20, ReadOnly: true, DefaultValue: "Public", LookUps: SecurityTypes),
        ]) with
    {
        ImportDetails = [Members],
    };
}
