using System.Text;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>Column names of CvObject fields (migration 0005 names the contact columns by this rule).</summary>
public static class SqlNames
{
    private static readonly Dictionary<string, string> ContactOverrides = new(StringComparer.Ordinal)
    {
        ["CreatedDate"] = "created_at",
        ["LastModifiedDate"] = "updated_at",
    };

    /// <summary>The contacts column of a Contact field: snake_case of the wire name (<c>CCEmailAddress</c> → <c>cc_email_address</c>).</summary>
    public static string ContactColumn(CvField field) =>
        ContactOverrides.TryGetValue(field.Name, out var column) ? column : SnakeCase(field.Name);

    /// <summary><c>HomeAddress1</c> → <c>home_address1</c>, <c>SMTPCode</c> → <c>smtp_code</c>, <c>FacebookURL</c> → <c>facebook_url</c>.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterUpper(c) && i > 0)
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]);
                if (char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous) || (char.IsAsciiLetterUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
