using System.Xml;
using Breakout.Domain.CustomFields;

namespace Breakout.Soap.Operations;

/// <summary>Reads the <c>CustomFieldDetail</c> children of a Contact or a Guest (other children are skipped).</summary>
internal static class CustomFieldDetailReading
{
    /// <summary>The item's <c>CustomFieldDetail</c>s in document order; consumes the item.</summary>
    public static List<CustomFieldValueInput> ReadChildren(XmlReader item)
    {
        var values = new List<CustomFieldValueInput>();
        item.ReadChildren(child =>
        {
            if (child.IsContractElement("CustomFieldDetail"))
            {
                values.Add(Read(child));
            }

            child.Skip();
        });
        return values;
    }

    /// <summary>One <c>CustomFieldDetail</c>'s attributes (the reader on its start tag; not consumed).</summary>
    public static CustomFieldValueInput Read(XmlReader detail) =>
        new(detail.Attribute("FieldId"), detail.Attribute("FieldName"), detail.Attribute("FieldValue"));
}
