using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Guest type: the attributes of <c>s1:Guest</c> in WSDL order (note the capital "ID" of EventID, ContactID and
/// RegistrationID; <c>RegistrationID</c> is the ID of the invitee's Registration, which is the invitee's ID). Only
/// UpdateGuestInfo writes guests: the person's own fields (names, identity documents, company, phones, e-mail, address)
/// are writable; the event, registration, status, dates and flags are read-only. <c>CustomFieldDetail</c> holds the
/// guest's values of the account's contact custom fields.
/// Searchable: the fields Cvent's Guest object page marks so
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/event_objects/guest, which spells the IDs
/// <c>EventId</c>, <c>ContactId</c>, <c>RegistrationId</c>; Search matches names in any case). Not searchable there:
/// <c>Status</c>, identity documents, phones, address lines, <c>State</c>, country and postal code. The page's
/// <c>Email</c> row has lost its name cell, so its flag cannot be read; Breakout keeps it searchable, as the
/// e-mail of an Invitee or Registration is.
/// </summary>
public static class GuestObject
{
    /// <summary><c>s1:CustomFieldDetail</c>: one row per contact custom field the guest has a value of.</summary>
    public static readonly CvDetailDescriptor CustomFieldDetail = EntityCustomFieldObject.ValueDetail();

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Guest,
        "LastModifiedDate",
        [
            new("EventID", T.Id, Searchable: true, ReadOnly: true),
            new("ContactID", T.Id, Searchable: true, ReadOnly: true),
            new("EventTitle", T.String, 200, Searchable: true, ReadOnly: true),
            new("EventCode", T.String, 50, Searchable: true, ReadOnly: true),
            new("GuestConfirmationNumber", T.String, 30, Searchable: true, ReadOnly: true),
            new("RegistrationID", T.Id, Searchable: true, ReadOnly: true),
            new("FirstName", T.String, 30, Searchable: true),
            new("MiddleName", T.String, 30, Searchable: true),
            new("LastName", T.String, 50, Searchable: true),
            new("Nickname", T.String, 30, Searchable: true),
            new("Gender", T.String, 20),
            new("DateOfBirth", T.DateTime),
            new("SocialSecurityNumber", T.String, 30),
            new("NationalIdentificationNumber", T.String, 50),
            new("PassportNumber", T.String, 30),
            new("PassportCountry", T.String, 50),
            new("Company", T.String, 100, Searchable: true),
            new("Designation", T.String, 30, Searchable: true),
            new("Title", T.String, 100),
            new("Phone", T.String, 30),
            new("Mobile", T.String, 30),
            new("Email", T.String, 80, Searchable: true),
            new("CCEmail", T.String, 80),
            new("Address1", T.String, 100),
            new("Address2", T.String, 100),
            new("Address3", T.String, 100),
            new("City", T.String, 50, Searchable: true),
            new("State", T.String, 50),
            new("RegistrationDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("CreatedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("CreatedBy", T.String, 50, Searchable: true, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("LastModifiedBy", T.String, 50, Searchable: true, ReadOnly: true),
            new("LastOptOutDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("OptedOut", T.Boolean, Searchable: true, ReadOnly: true, DefaultValue: "false"),
            new("Participant", T.Boolean, Searchable: true, ReadOnly: true, DefaultValue: "false"),
            new("Status", T.String, 30, ReadOnly: true, LookUps: InviteeObject.Statuses),
            new("Country", T.String, 50),
            new("CountryCode", T.String, 10),
            new("PostalCode", T.String, 20),
            new("IsObfuscated", T.Boolean, Searchable: true, ReadOnly: true, DefaultValue: "false"),
            new("NationalProviderIdentifier", T.String, 20),
        ]) with
    {
        Updateable = true,
        Details = [CustomFieldDetail],
    };
}
