using Breakout.Domain.Contacts;
using Breakout.Domain.Objects;

namespace Breakout.Domain.Users;

/// <summary>
/// Validation of the User items of CreateUser and UpdateUser (Cvent's CV921xx codes). Values are typed by
/// <see cref="UserObject.Descriptor"/>; the fields Cvent sets itself (<c>CreatedBy</c>, <c>CreatedDate</c>,
/// <c>LastModifiedBy</c>, <c>LastModifiedDate</c>, <c>LastLoginDate</c>) and <c>UserRole</c> (the role's name, read
/// from <c>UserRoleId</c>) are ignored on input; texts longer than their field are truncated; <c>Password</c> is only
/// checked to be present on create and is never stored (Breakout has no planner sign-in).
/// </summary>
public static class UserRules
{
    public const string Password = "Password";

    /// <summary>Fields the caller cannot set.</summary>
    private static readonly HashSet<string> Ignored = new(["CreatedBy", "CreatedDate", "LastModifiedBy", "LastModifiedDate", "LastLoginDate", "UserRole", Password],
        StringComparer.Ordinal);

    /// <summary>Fields a user must have, in the order Cvent's codes number them, with the code of each.</summary>
    private static readonly (string Field, CventError Error)[] Required =
    [
        ("UserType", CventErrors.UserTypeRequired), ("Username", CventErrors.UsernameRequired), ("UserRoleId", CventErrors.UserRoleIdRequired),
        ("Email", CventErrors.UserEmailRequired), ("FirstName", CventErrors.UserFirstNameRequired), ("LastName", CventErrors.UserLastNameRequired),
    ];

    /// <summary>The fields a caller may set, in WSDL order.</summary>
    public static IReadOnlyList<CvField> Writable { get; } = [.. UserObject.Descriptor.Fields.Where(f => !Ignored.Contains(f.Name))];

    /// <summary>
    /// The changes an item asks for (field → typed value, or null to clear) and the user groups it adds, or the first
    /// error: a value not of its field (in WSDL order), then a group ID that is not an ID (CV92113) or twice (CV92122).
    /// </summary>
    public static (IReadOnlyDictionary<string, object?> Changes, IReadOnlyList<CventId> Groups, CventError? Error) Parse(UserInput input)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Writable)
        {
            if (!input.Attributes.TryGetValue(field.Name, out var text))
            {
                continue;
            }

            var (value, error) = ParseField(field, text.Trim());
            if (error is not null)
            {
                return (changes, [], error);
            }

            changes[field.Name] = value;
        }

        var groups = new List<CventId>();
        foreach (var text in input.UserGroupIds)
        {
            if (!CventId.TryParse(text?.Trim(), out var group))
            {
                return (changes, [], CventErrors.InvalidUserGroupDetailId.WithDescription($"UserGroupDetail’s UserGroupId is not Valid: '{text}' is not an ID."));
            }

            if (groups.Contains(group))
            {
                return (changes, [], CventErrors.DuplicateUserGroupDetail);
            }

            groups.Add(group);
        }

        return (changes, groups, null);
    }

    /// <summary>
    /// The rules over the user as it will be: the required fields (on create; on update when the item clears one),
    /// <c>Password</c> on create, and the state code against the country code when either is sent.
    /// </summary>
    public static CventError? Check(bool creating, UserInput input, IReadOnlyDictionary<string, object?> changes, IReadOnlyDictionary<string, object?> merged)
    {
        foreach (var (field, error) in Required)
        {
            if (merged.GetValueOrDefault(field) is null && (creating || changes.ContainsKey(field)))
            {
                return creating ? error : error.WithDescription($"{field} is required and cannot be cleared.");
            }
        }

        if (creating && string.IsNullOrWhiteSpace(input.Attributes.GetValueOrDefault(Password)))
        {
            return CventErrors.UserPasswordRequired;
        }

        if ((changes.ContainsKey("StateCode") || changes.ContainsKey("CountryCode")) && merged.GetValueOrDefault("StateCode") is string state
            && !PlaceCodes.IsState(state, merged.GetValueOrDefault("CountryCode") as string))
        {
            return CventErrors.InvalidUserStateCode.WithDescription($"State Code is not valid: '{state}' is not a state of the user's country.");
        }

        return null;
    }

    private static (object? Value, CventError? Error) ParseField(CvField field, string text)
    {
        if (text.Length == 0)
        {
            return (null, null);
        }

        switch (field.Name)
        {
            case "Email":
                return ContactRules.IsEmailAddress(text, field.MaxLength) ? (text, null)
                    : (null, CventErrors.InvalidUserEmail.WithDescription($"Invalid format for email address: '{Shorten(text)}'."));
            case "CountryCode":
                return PlaceCodes.IsCountry(text) ? (text.ToUpperInvariant(), null)
                    : (null, CventErrors.InvalidUserCountryCode.WithDescription($"Country Code is not valid: '{Shorten(text)}' is not an ISO 3166-1 alpha-2 code."));
            case "UserType":
                return UserObject.UserTypes.Contains(text, StringComparer.Ordinal) ? (text, null)
                    : (null, CventErrors.InvalidUserType.WithDescription($"UserType is not Valid: '{Shorten(text)}' is not Application or Requester."));
            case "UserRoleId":
                return CventId.TryParse(text, out var role) ? (role, null)
                    : (null, CventErrors.InvalidUserRoleId.WithDescription($"UserRoleId is not Valid: '{Shorten(text)}' is not an ID."));
            case "DefaultContactGroupId":
                return CventId.TryParse(text, out var group) ? (group, null)
                    : (null, CventErrors.InvalidDefaultContactGroupId.WithDescription($"User’s DefaultContactGroupId is not Valid: '{Shorten(text)}' is not an ID."));
        }

        if (field.Type == CvFieldType.String)
        {
            return (field.MaxLength > 0 && text.Length > field.MaxLength ? text[..field.MaxLength] : text, null);
        }

        return CvValues.TryParse(field.Type, text, out var value)
            ? (value, null)
            : (null, CventErrors.InvalidUserValue.WithDescription($"A user value is not valid: {field.Name} '{Shorten(text)}' is not a {field.Type.ToString().ToLowerInvariant()}."));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
