using Breakout.Domain;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Users;

namespace Breakout.Storage.Sql;

/// <summary>
/// The <c>CustomFieldDetail</c> and <c>VisibilityDefaults</c> of CreateUser and UpdateUser items (#17), kept in the
/// tables the import fills (<c>planner_user_field_values</c>, <c>planner_user_visibility</c>). An item's details are
/// checked before anything of it is written, so a refused item changes nothing.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>The category whose fields users carry values of.</summary>
    private const string UserFieldCategory = "UserCustomField";

    /// <summary>An item's checked details: the values to set (null: clear) and the (group, kind) pairs to add, by key.</summary>
    private sealed record UserDetailChanges(IReadOnlyList<(long Field, string? Value)> Values, IReadOnlyList<(long Group, string Type)> Visibility);

    /// <summary>
    /// Checks an item's details against the account: each value against a user custom field (BO92102 for none, else as a
    /// contact's value is checked), each visibility default's group against the user groups (BO92103).
    /// </summary>
    private async Task<(UserDetailChanges? Changes, CventError? Error)> CheckUserDetailsAsync(SqlSession s, long accountKey, UserInput input, CancellationToken ct)
    {
        var values = new List<(long, string?)>();
        if (input.CustomFields.Count > 0)
        {
            var fields = await LoadFieldsAsync(s, accountKey, UserFieldCategory, ct);
            var (parsed, error) = CustomFieldRules.ParseValues(input.CustomFields, [.. fields.Select(f => f.Definition)], CventErrors.InvalidUserCustomFieldId, "user custom field");
            if (error is not null)
            {
                return (null, error);
            }

            values.AddRange(parsed.Select(p => (fields.First(f => f.Definition.Id == p.Field.Id).Key, p.Value)));
        }

        var (defaults, invalid) = UserDetailRules.ParseVisibility(input.VisibilityDefaults);
        if (invalid is not null)
        {
            return (null, invalid);
        }

        var visibility = new List<(long, string)>();
        foreach (var (group, type) in defaults)
        {
            if (await FindRowAsync(s, accountKey, "user_groups", group, null, ct) is not { } key)
            {
                return (null, UserDetailRules.Invalid($"UserGroupId '{group}' is not a user group of this account"));
            }

            visibility.Add((key, type));
        }

        return (new UserDetailChanges(values, visibility), null);
    }

    /// <summary>
    /// Sets or clears the values and adds the visibility defaults (one already there stays as it is: UpdateUser adds,
    /// it does not replace, as it adds <c>UserGroupDetail</c>s).
    /// </summary>
    private async Task WriteUserDetailsAsync(SqlSession s, long userKey, UserDetailChanges changes, CancellationToken ct)
    {
        foreach (var (field, value) in changes.Values)
        {
            await s.Command(value is null ? "DELETE FROM planner_user_field_values WHERE user_pk = @u AND field_pk = @f"
                    : "INSERT INTO planner_user_field_values (user_pk, field_pk, field_value) VALUES (@u, @f, @v) " +
                      "ON CONFLICT (user_pk, field_pk) DO UPDATE SET field_value = excluded.field_value")
                .With("@u", userKey).With("@f", field).With("@v", value).ExecuteNonQueryAsync(ct);
        }

        foreach (var (group, type) in changes.Visibility)
        {
            await s.Command("INSERT INTO planner_user_visibility (user_pk, user_group_pk, visibility_type) VALUES (@u, @g, @v) ON CONFLICT DO NOTHING")
                .With("@u", userKey).With("@g", group).With("@v", type).ExecuteNonQueryAsync(ct);
        }
    }
}
