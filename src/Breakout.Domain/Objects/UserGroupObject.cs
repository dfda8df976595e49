using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The UserGroup type: the attributes of <c>s1:UserGroup</c>, a group of the account's planner users (see
/// <see cref="UserObject"/>). Cvent's UserGroup object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/administration_objects/user_group) makes
/// both fields read-only and searchable. The type has no modification-date attribute, so GetUpdated windows on the
/// time Breakout last imported the group (as for Session).
/// </summary>
public static class UserGroupObject
{
    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.UserGroup,
        null,
        [
            new("UserGroupName", T.String, 100, Searchable: true, ReadOnly: true),
            new("InternalNote", T.String, 2000, Searchable: true, ReadOnly: true),
        ]);
}
