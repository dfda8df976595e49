using System.Xml;
using Breakout.Domain;

namespace Breakout.Soap.Operations;

/// <summary>Reading the parts that batch operations share: item arrays, required enums and booleans.</summary>
internal static class BatchReading
{
    /// <summary>Items a batch call takes (developers.cvent.com: 200 for SessionRegAction, CreateSession and the contact calls).</summary>
    public const int MaxItems = SessionRegLimits.MaxItemsPerCall;

    /// <summary>
    /// Reads the items of an array element (<c>CvObject</c> or <c>CvInvitee</c> children with <c>Id</c>, <c>MessageId</c>,
    /// <c>ConfirmationNumber</c>); items beyond the call limit are counted but not kept.
    /// </summary>
    public static (List<ObjectItem> Items, int Count) ReadItems(XmlReader reader, string itemName) =>
        ReadArray(reader, itemName, ReadObjectItem);

    /// <summary>One <c>CvObject</c> or <c>CvInvitee</c> item (consumed).</summary>
    public static ObjectItem ReadObjectItem(XmlReader item)
    {
        var read = new ObjectItem(item.Attribute("Id"), item.Attribute("MessageId"), item.Attribute("ConfirmationNumber"));
        item.Skip();
        return read;
    }

    /// <summary>
    /// Reads the <paramref name="itemName"/> children of an array element with <paramref name="read"/>, which consumes
    /// the item; nil items are skipped, and items beyond the call limit are counted but not read.
    /// </summary>
    public static (List<T> Items, int Count) ReadArray<T>(XmlReader reader, string itemName, Func<XmlReader, T> read)
    {
        var items = new List<T>();
        var count = 0;
        reader.ReadChildren(item =>
        {
            if (item.IsContractElement(itemName) && !item.IsNil() && ++count <= MaxItems)
            {
                items.Add(read(item));
            }
            else
            {
                item.Skip();
            }
        });
        return (items, count);
    }

    /// <summary>
    /// Reads a request wrapper whose only content is one item array (<c>Contacts</c>, <c>CvObjects</c>): the array's
    /// items as <see cref="ReadArray"/> reads them; other children are skipped.
    /// </summary>
    public static (List<T> Items, int Count) ReadWrappedArray<T>(XmlReader wrapper, string arrayName, string itemName, Func<XmlReader, T> read)
    {
        (List<T> Items, int Count) items = ([], 0);
        wrapper.ReadChildren(child =>
        {
            if (child.IsContractElement(arrayName))
            {
                items = ReadArray(child, itemName, read);
            }
            else
            {
                child.Skip();
            }
        });
        return items;
    }

    /// <summary>
    /// The whole-call fault for an item count of zero (CV20018) or over the limit: the operation's own "Exceed … limit"
    /// code where Cvent documents one (<paramref name="overLimit"/>), else CV20021.
    /// </summary>
    public static void CheckCount(string operation, string itemName, int count, CventError? overLimit = null)
    {
        if (SessionRegLimits.CheckItemCount(count) is { } limit)
        {
            throw new SoapFaultException(count > MaxItems && overLimit is not null ? overLimit : limit, count == 0
                ? $"{operation} needs at least one {itemName}."
                : $"{operation} takes at most {SessionRegLimits.MaxItemsPerCall} {itemName} items; the request has {count}.");
        }
    }

    /// <summary>Parses a schema enumeration exactly (case-sensitive, as XmlSerializer does).</summary>
    public static T Enum<T>(string? text, string field)
        where T : struct, System.Enum
    {
        if (text is null)
        {
            throw SoapFaultException.InvalidRequest($"{field} is required ({string.Join(", ", System.Enum.GetNames<T>())}).");
        }

        var value = text.AsSpan().Trim();
        return EnumNames<T>.IndexOf(value) is var index and >= 0
            ? EnumNames<T>.Values[index]
            : throw SoapFaultException.InvalidRequest($"{field} '{text}' is not valid; use {string.Join(" or ", System.Enum.GetNames<T>())}.");
    }

    /// <summary>Parses an <c>xs:boolean</c>; absent means false (older proxies omit fields the WSDL later made required).</summary>
    public static bool Boolean(string? text, string field) => text?.Trim() switch
    {
        null or "" => false,
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw SoapFaultException.InvalidRequest($"{field} '{text}' is not a boolean; use true or false."),
    };
}
