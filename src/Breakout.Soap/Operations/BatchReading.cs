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
    public static (List<ObjectItem> Items, int Count) ReadItems(XmlReader reader, string itemName)
    {
        var items = new List<ObjectItem>();
        var count = 0;
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement(itemName) && !child.IsNil() && ++count <= SessionRegLimits.MaxItemsPerCall)
            {
                items.Add(new ObjectItem(child.Attribute("Id"), child.Attribute("MessageId"), child.Attribute("ConfirmationNumber")));
            }

            child.Skip();
        });
        return (items, count);
    }

    /// <summary>The whole-call fault for an item count of zero or over the limit.</summary>
    public static void CheckCount(string operation, string itemName, int count)
    {
        if (SessionRegLimits.CheckItemCount(count) is { } limit)
        {
            throw new SoapFaultException(limit, count == 0
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

        var value = text.Trim();
        return System.Enum.GetNames<T>().Contains(value, StringComparer.Ordinal)
            ? System.Enum.Parse<T>(value)
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
