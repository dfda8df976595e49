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
                values.Add(new CustomFieldValueInput(child.Attribute("FieldId"), child.Attribute("FieldName"), child.Attribute("FieldValue")));
            }

            child.Skip();
        });
        return values;
    }
}
