using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Contact type: the 72 attributes of <c>s1:Contact</c> in WSDL order. Lengths follow Cvent's DescribeCvObject
/// sample where known (FirstName 30, EmailAddress 80, Company 100) and are inferred elsewhere; LastName is the field
/// CreateContact requires (CV40101). Identity documents are stored and returned but not searchable.
/// Searchable: every field Cvent's Contact object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/contact_objects/contact) marks searchable
/// (names, e-mail, company, <c>Active</c>, the opt-out, created and modified dates, states and countries, …) is; the
/// public copy of that table has lost its empty cells, so which column an "X" stands in is not always readable, and
/// Breakout also takes the other plain contact fields (title, address lines, phones, membership dates).
/// </summary>
public static class ContactObject
{
    public static readonly IReadOnlyList<string> PrimaryAddressTypes = ["Work", "Home"];

    /// <summary>
    /// <c>s1:CustomFieldDetail</c>: one row per contact custom field (EntityCustomField of category
    /// <c>ContactCustomField</c>) the contact has a value of, in the order of the fields' codes.
    /// </summary>
    public static readonly CvDetailDescriptor CustomFieldDetail = EntityCustomFieldObject.ValueDetail();

    /// <summary>
    /// <c>s1:ContactGroupDetail</c>: one row per contact group the contact is a member of (ManageContactGroupMembers,
    /// or the import's members), in the order of the groups' names.
    /// </summary>
    public static readonly CvDetailDescriptor ContactGroupDetail = new("ContactGroupDetail",
    [
        new("GroupName", T.String, 100, ReadOnly: true),
        new("GroupId", T.Id, ReadOnly: true),
    ]);

    /// <summary>
    /// <c>s1:DistributionListDetail</c>: one row per distribution list the contact is a member of, <c>Approved</c> false
    /// for a member added "as Pending", in the order of the lists' names. The type extends <c>s1:CvObject</c>, so its
    /// <c>Id</c> (the list's ID) is the base type's attribute and comes first, as ASMX writes base attributes first.
    /// </summary>
    public static readonly CvDetailDescriptor DistributionListDetail = new("DistributionListDetail",
    [
        new("Id", T.Id, ReadOnly: true),
        new("DistributionListName", T.String, 100, ReadOnly: true),
        new("Approved", T.Boolean, ReadOnly: true),
    ]);

    public static readonly IReadOnlyList<string> EmailAddressStatuses = ["No Email Sent", "Email Sent", "Undeliverable"];

    public static readonly CvObjectDescriptor Descriptor = new(
        CvObjectType.Contact,
        Creatable: true,
        Updateable: true,
        Deletable: true,
        Replicateable: true,
        Retrieveable: true,
        Searchable: true,
        ModifiedField: "LastModifiedDate",
        Fields:
        [
            new("SourceId", T.String, 100, Searchable: true),
            new("FirstName", T.String, 30, Searchable: true),
            new("LastName", T.String, 50, Searchable: true, Required: true),
            new("EmailAddress", T.String, 80, Searchable: true),
            new("CCEmailAddress", T.String, 80, Searchable: true),
            new("Active", T.Boolean, Searchable: true, DefaultValue: "true"),
            new("Company", T.String, 100, Searchable: true),
            new("Title", T.String, 100, Searchable: true),
            new("ContactType", T.String, 50, Searchable: true),
            new("ContactTypeCode", T.String, 20, Searchable: true),
            new("Salutation", T.String, 30, Searchable: true),
            new("Nickname", T.String, 30, Searchable: true),
            new("MiddleName", T.String, 30, Searchable: true),
            new("Designation", T.String, 30, Searchable: true),
            new("ExcludedFromEmail", T.Boolean, Searchable: true, DefaultValue: "false"),
            new("LastOptOutBy", T.String, 50, ReadOnly: true),
            new("LastOptOutDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("CreatedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("CreatedBy", T.String, 50, Searchable: true, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("LastModifiedBy", T.String, 50, Searchable: true, ReadOnly: true),
            new("EmailAddressStatus", T.String, 30, Searchable: true, ReadOnly: true, DefaultValue: "No Email Sent", LookUps: EmailAddressStatuses),
            new("LogDate", T.DateTime, ReadOnly: true),
            new("LogReason", T.String, 255, ReadOnly: true),
            new("LogResponse", T.String, 255, ReadOnly: true),
            new("PrimaryAddressType", T.String, 10, Searchable: true, DefaultValue: "Work", LookUps: PrimaryAddressTypes),
            new("HomeAddress1", T.String, 100, Searchable: true),
            new("HomeAddress2", T.String, 100, Searchable: true),
            new("HomeAddress3", T.String, 100, Searchable: true),
            new("HomeCity", T.String, 50, Searchable: true),
            new("HomeState", T.String, 50, Searchable: true),
            new("HomeStateCode", T.String, 10, Searchable: true),
            new("HomePostalCode", T.String, 20, Searchable: true),
            new("HomeCountry", T.String, 50, Searchable: true),
            new("HomeCountryCode", T.String, 10, Searchable: true),
            new("HomePhone", T.String, 30, Searchable: true),
            new("HomeFax", T.String, 30, Searchable: true),
            new("WorkAddress1", T.String, 100, Searchable: true),
            new("WorkAddress2", T.String, 100, Searchable: true),
            new("WorkAddress3", T.String, 100, Searchable: true),
            new("WorkCity", T.String, 50, Searchable: true),
            new("WorkState", T.String, 50, Searchable: true),
            new("WorkStateCode", T.String, 10, Searchable: true),
            new("WorkPostalCode", T.String, 20, Searchable: true),
            new("WorkCountry", T.String, 50, Searchable: true),
            new("WorkCountryCode", T.String, 10, Searchable: true),
            new("WorkPhone", T.String, 30, Searchable: true),
            new("WorkFax", T.String, 30, Searchable: true),
            new("MobilePhone", T.String, 30, Searchable: true),
            new("Pager", T.String, 30, Searchable: true),
            new("SMTPCode", T.String, 20, Searchable: true),
            new("MembershipCode", T.String, 50, Searchable: true),
            new("JoinDate", T.DateTime, Searchable: true),
            new("ExpirationDate", T.DateTime, Searchable: true),
            new("LastRenewalDate", T.DateTime, Searchable: true),
            new("FacebookURL", T.String, 255),
            new("TwitterURL", T.String, 255),
            new("LinkedInURL", T.String, 255),
            new("Gender", T.String, 20, Searchable: true),
            new("DateOfBirth", T.DateTime),
            new("SocialSecurityNumber", T.String, 30),
            new("NationalIdentificationNumber", T.String, 50),
            new("PassportNumber", T.String, 30),
            new("PassportCountry", T.String, 50),
            new("PassportCountryCode", T.String, 10),
            new("ActivityId", T.Id, ReadOnly: true),
            new("ParentContactId", T.Id, Searchable: true),
            new("OptedIn", T.Boolean, Searchable: true, DefaultValue: "false"),
            new("ImageURL", T.String, 255),
            new("IsCreatedViaTestReg", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("IsObfuscated", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("NationalProviderIdentifier", T.String, 20),
        ])
    {
        Details = [CustomFieldDetail, ContactGroupDetail, DistributionListDetail],
    };
}
