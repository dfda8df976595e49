using System.Xml;

namespace Breakout.Soap.Operations;

/// <summary>
/// Reads the request shape UpdateGuestInfo, UpdateInviteeInternalInfo and UpdateRegistrationType share (<c>EventId</c>
/// and one item array), and the attributes of an item.
/// </summary>
internal static class EventBatchReading
{
    public static (string? EventId, List<T> Items, int Count) Read<T>(XmlReader reader, string arrayName, string itemName, Func<XmlReader, T> read)
    {
        string? eventId = null;
        (List<T> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("EventId"))
            {
                eventId = child.ReadText();
            }
            else if (child.IsContractElement(arrayName))
            {
                items = BatchReading.ReadArray(child, itemName, read);
            }
            else
            {
                child.Skip();
            }
        });
        return (eventId, items.Items, items.Count);
    }

    /// <summary>The unqualified attributes of the current element by name, for those <paramref name="keep"/> accepts (the reader stays on the element).</summary>
    public static Dictionary<string, string> Attributes(XmlReader reader, Func<string, bool> keep)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI.Length == 0 && keep(reader.LocalName))
            {
                attributes[reader.LocalName] = reader.Value;
            }
        }

        reader.MoveToElement();
        return attributes;
    }

    /// <summary>
    /// An item's <c>Id</c>, <c>MessageId</c> and its other unqualified attributes that are fields of
    /// <paramref name="type"/> (others are ignored, as ASMX's serializer ignores them); the reader stays on the element.
    /// </summary>
    public static (string? Id, string? MessageId, Dictionary<string, string> Attributes) ItemAttributes(XmlReader reader, Domain.Objects.CvObjectDescriptor type)
    {
        var attributes = Attributes(reader, name => name is "Id" or "MessageId" || type.Field(name) is not null);
        var id = attributes.Remove("Id", out var i) ? i : null;
        var messageId = attributes.Remove("MessageId", out var m) ? m : null;
        return (id, messageId, attributes);
    }
}
