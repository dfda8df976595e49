using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The UserRole type: the attributes of <c>s1:UserRole</c>, the role that decides what a planner user may do, with its
/// rights (<c>UserRights</c>). Cvent's UserRole object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/administration_objects/user_role) makes
/// both fields read-only and searchable. No modification-date attribute: GetUpdated windows on the last import.
/// </summary>
public static class UserRoleObject
{
    /// <summary><c>s1:UserRights</c>: one row per right of the role.</summary>
    public static readonly CvDetailDescriptor UserRights = new("UserRights",
    [
        new("UserRightName", T.String, 100, ReadOnly: true),
        new("UserRightCategory", T.String, 100, ReadOnly: true),
        new("AccessLevel", T.String, 50, ReadOnly: true),
    ]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.UserRole,
        null,
        [
            new("UserRoleName", T.String, 100, Searchable: true, ReadOnly: true),
            new("Description", T.String, 2000, Searchable: true, ReadOnly: true),
        ]) with
    {
        Details = [UserRights],
    };
}
