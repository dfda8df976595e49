using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Soap.Operations;

/// <summary>What Retrieve, Search, GetUpdated, GetDeleted and DescribeCvObject read alike: the object type, ID lists, dates.</summary>
internal static class CvObjectReading
{
    /// <summary>
    /// The served type an <c>ObjectType</c> names. A value outside the WSDL's enumeration is a malformed request
    /// (CV10001, as for every enumeration); a type of the enumeration that Breakout does not serve is BO20001
    /// (<c>INVALID_OBJECT_NAME</c>, the fault name Cvent's clients know).
    /// </summary>
    public static CvObjectDescriptor ServedType(string? text)
    {
        if (!CvObjectTypes.TryParse(text?.Trim(), out var type))
        {
            throw SoapFaultException.InvalidRequest(text is null
                ? "ObjectType is required."
                : $"ObjectType '{text}' is not a CvObjectType of V200611.");
        }

        return CvObjectCatalogue.Find(type) ?? throw new SoapFaultException(CventErrors.ObjectTypeNotServed,
            $"ObjectType '{type}' is not served by this server; it serves {string.Join(", ", CvObjectCatalogue.All.Select(d => d.Name))}.");
    }

    /// <summary>The texts of the repeated child elements <paramref name="itemName"/>, blank ones left out.</summary>
    public static List<string> ReadList(XmlReader reader, string itemName)
    {
        var values = new List<string>();
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement(itemName))
            {
                var text = child.ReadText();
                if (!string.IsNullOrWhiteSpace(text))
                {
                    values.Add(text.Trim());
                }
            }
            else
            {
                child.Skip();
            }
        });
        return values;
    }
}
