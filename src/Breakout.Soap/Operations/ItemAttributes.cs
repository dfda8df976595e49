using System.Xml;

namespace Breakout.Soap.Operations;

/// <summary>The attributes of one item of a create or update call (<c>User</c>, <c>DistributionList</c>), as sent.</summary>
internal static class ItemAttributes
{
    /// <summary>
    /// Reads the unqualified attributes of the item the reader is on: <c>Id</c>, <c>MessageId</c>, and those
    /// <paramref name="keep"/> takes, by name (others are ignored, as XmlSerializer ignores them). Leaves the reader on
    /// the item element.
    /// </summary>
    public static (string? Id, string? MessageId, Dictionary<string, string> Attributes) Read(XmlReader reader, Func<string, bool> keep)
    {
        string? id = null, messageId = null;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            if (reader.NamespaceURI.Length > 0)
            {
                continue;
            }
            else if (name == "Id")
            {
                id = reader.Value;
            }
            else if (name == "MessageId")
            {
                messageId = reader.Value;
            }
            else if (keep(name))
            {
                attributes[name] = reader.Value;
            }
        }

        reader.MoveToElement();
        return (id, messageId, attributes);
    }
}
