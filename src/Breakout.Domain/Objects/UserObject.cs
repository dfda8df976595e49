using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The User type: the attributes of <c>s1:User</c> in WSDL order, the planner users of the account (the people who
/// sign in to Cvent's web application), with their role (<c>UserRoleId</c>) and groups (<c>UserGroupDetail</c>). They
/// are not the API users that call Login: Cvent keeps API accounts apart and only associates one with a user ("You
/// cannot delete a user who is associated to an active API account", CV92129), so Breakout's API users
/// (<c>breakout user</c>) are not Users. Flags from Cvent's User object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/administration_objects/user): UserRole is
/// the one searchable field and LastModifiedDate GetUpdated's field. The read-only flags are
/// what DescribeCvObject reports; CreateUser and UpdateUser write the fields <see cref="Users.UserRules"/> allows;
/// <c>Password</c> is never stored nor returned, as Cvent documents.
/// </summary>
public static class UserObject
{
    /// <summary>The WSDL's <c>CvUserType</c> enumeration.</summary>
    public static readonly IReadOnlyList<string> UserTypes = ["Application", "Requester"];

    /// <summary>
    /// <c>s1:CustomFieldDetail</c>: one row per user custom field the user has a value of (an EntityCustomField of
    /// category <c>UserCustomField</c>, whose name and type it shows).
    /// </summary>
    public static readonly CvDetailDescriptor CustomFieldDetail = EntityCustomFieldObject.ValueDetail();

    /// <summary>The WSDL's <c>CvVisibilityType</c> enumeration.</summary>
    public static readonly IReadOnlyList<string> VisibilityTypes = ["Event", "Survey", "RFP", "Campaign", "Meeting Requests", "RFI", "Document Security"];

    /// <summary>
    /// <c>s1:VisibilityDefaults</c>: the user groups that see, by default, what the user creates of one kind (an event, a
    /// survey …): one row per group and kind.
    /// </summary>
    public static readonly CvDetailDescriptor VisibilityDefaults = new("VisibilityDefaults",
    [
        new("UserGroupName", T.String, 100, ReadOnly: true),
        new("VisibilityType", T.String, 30, Required: true, ReadOnly: true, LookUps: VisibilityTypes),
        new("UserGroupId", T.Id, ReadOnly: true),
    ]);

    /// <summary><c>s1:UserGroupDetail</c>: one row per user group the user belongs to.</summary>
    public static readonly CvDetailDescriptor UserGroupDetail = new("UserGroupDetail",
    [
        new("UserGroupName", T.String, 100, ReadOnly: true),
        new("UserGroupId", T.Id, ReadOnly: true),
    ]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.User,
        "LastModifiedDate",
        [
            new("Active", T.Boolean, ReadOnly: true, DefaultValue: "true"),
            new("Address1", T.String, 100, ReadOnly: true),
            new("Address2", T.String, 100, ReadOnly: true),
            new("Address3", T.String, 100, ReadOnly: true),
            new("AllEventVisibility", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("AllRFPVisibility", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("AllSurveyVisibility", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("ChangePasswordOnLogin", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("City", T.String, 50, ReadOnly: true),
            new("Company", T.String, 100, ReadOnly: true),
            new("Country", T.String, 50, ReadOnly: true),
            new("CountryCode", T.String, 10, ReadOnly: true),
            new("CreatedBy", T.String, 100, ReadOnly: true),
            new("CreatedDate", T.DateTime, ReadOnly: true),
            new("DefaultContactGroupId", T.Id, ReadOnly: true),
            new("Email", T.String, 80, ReadOnly: true),
            new("FederatedId", T.String, 100, ReadOnly: true),
            new("FirstName", T.String, 30, ReadOnly: true),
            new("HomeFax", T.String, 30, ReadOnly: true),
            new("HomePhone", T.String, 30, ReadOnly: true),
            new("LastModifiedBy", T.String, 100, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, ReadOnly: true),
            new("LastName", T.String, 50, ReadOnly: true),
            new("MobilePhone", T.String, 30, ReadOnly: true),
            new("Pager", T.String, 30, ReadOnly: true),
            new("Password", T.String, 50, ReadOnly: true),
            new("PostalCode", T.String, 20, ReadOnly: true),
            new("Prefix", T.String, 30, ReadOnly: true),
            new("State", T.String, 50, ReadOnly: true),
            new("StateCode", T.String, 10, ReadOnly: true),
            new("Title", T.String, 100, ReadOnly: true),
            new("Username", T.String, 100, ReadOnly: true),
            new("UserType", T.String, 20, ReadOnly: true, DefaultValue: "Application", LookUps: UserTypes),
            new("UserRole", T.String, 100, Searchable: true, ReadOnly: true),
            new("UserRoleId", T.Id, ReadOnly: true),
            new("WorkFax", T.String, 30, ReadOnly: true),
            new("WorkPhone", T.String, 30, ReadOnly: true),
            new("LastLoginDate", T.DateTime, ReadOnly: true),
        ]) with
    {
        Details = [CustomFieldDetail, UserGroupDetail, VisibilityDefaults],
    };
}
