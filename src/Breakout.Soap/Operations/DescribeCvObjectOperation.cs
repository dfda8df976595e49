using System.Globalization;
using System.Xml;
using Breakout.Domain.Objects;

namespace Breakout.Soap.Operations;

/// <summary>
/// DescribeCvObject: for each type asked, the operations it supports and its fields as the catalogue describes them,
/// in the shape of Cvent's captured answer: every field with <c>Name</c>, <c>ObjectLocation</c> <c>/Type</c>,
/// <c>DataType</c> (<c>string</c>, <c>Boolean</c>, <c>Date Time</c>, <c>Integer</c>, <c>Double</c>), <c>MaxLength</c>
/// for text, the three flags, <c>DefaultValue</c> and <c>DefaultSearchValue</c> (empty when none), and a
/// <c>LookUpDetail</c> per allowed value. No custom fields. An empty <c>ObjectTypes</c> describes nothing.
/// </summary>
public sealed class DescribeCvObjectOperation : IOperation
{
    public string Name => "DescribeCvObject";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var types = new List<string>();
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("ObjectTypes"))
            {
                types.AddRange(CvObjectReading.ReadList(child, "CvObjectType"));
            }
            else
            {
                child.Skip();
            }
        });
        return types;
    }

    public Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var types = ((List<string>)request).Select(CvObjectReading.ServedType).Distinct().ToList();
        return Task.FromResult<Action<XmlWriter>>(writer =>
        {
            writer.WriteStartElement("DescribeCvObjectResponse", SoapNamespaces.Tns);
            writer.WriteStartElement("DescribeCvObjectResult", SoapNamespaces.S1);
            foreach (var type in types)
            {
                WriteType(writer, type);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
    }

    private static void WriteType(XmlWriter writer, CvObjectDescriptor type)
    {
        writer.WriteStartElement("DescribeCvObjectResult", SoapNamespaces.S1);
        writer.WriteAttributeString("Name", type.Name);
        writer.WriteAttributeString("Creatable", Flag(type.Creatable));
        writer.WriteAttributeString("Updateable", Flag(type.Updateable));
        writer.WriteAttributeString("Deletable", Flag(type.Deletable));
        writer.WriteAttributeString("Replicateable", Flag(type.Replicateable));
        writer.WriteAttributeString("Retrieveable", Flag(type.Retrieveable));
        writer.WriteAttributeString("Searchable", Flag(type.Searchable));
        foreach (var field in type.Fields)
        {
            writer.WriteStartElement("Field", SoapNamespaces.S1);
            writer.WriteAttributeString("Name", field.Name);
            writer.WriteAttributeString("ObjectLocation", "/" + type.Name);
            writer.WriteAttributeString("DataType", DataType(field.Type));
            if (MaxLength(field) is { } length)
            {
                writer.WriteAttributeString("MaxLength", length.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteAttributeString("Searchable", Flag(field.Searchable));
            writer.WriteAttributeString("Required", Flag(field.Required));
            writer.WriteAttributeString("ReadOnly", Flag(field.ReadOnly));
            writer.WriteAttributeString("DefaultValue", field.DefaultValue ?? "");
            writer.WriteAttributeString("DefaultSearchValue", "");
            foreach (var value in field.LookUps ?? [])
            {
                writer.WriteStartElement("LookUpDetail", SoapNamespaces.S1);
                writer.WriteAttributeString("Value", value);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>Text fields report their length; IDs are 36-character GUIDs, as Cvent reports <c>ActivityId</c>.</summary>
    private static int? MaxLength(CvField field) => field.Type switch
    {
        CvFieldType.Id => 36,
        CvFieldType.String when field.MaxLength > 0 => field.MaxLength,
        _ => null,
    };

    private static string DataType(CvFieldType type) => type switch
    {
        CvFieldType.Boolean => "Boolean",
        CvFieldType.DateTime => "Date Time",
        CvFieldType.Integer => "Integer",
        CvFieldType.Double => "Double",
        CvFieldType.Decimal => "Decimal",
        _ => "string",
    };

    private static string Flag(bool value) => value ? "true" : "false";
}
