using System.Xml;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// Writes CvObjects as Cvent's Retrieve does: a <c>CvObject</c> element with <c>xsi:type="Event"</c> (an unprefixed
/// QName resolved through the s1 default namespace, with the <c>xsi</c> prefix the Envelope declares, as ASMX writes
/// it), <c>Id</c>, then the fields in WSDL order — values absent are omitted, datetimes <c>2019-01-02T08:47:21</c> in
/// UTC, booleans <c>true</c>/<c>false</c> — and the detail elements after. A detail's element-content fields (Response's
/// <c>SurveyDetail</c>) follow its attributes as child elements in WSDL order, its nested rows (<c>Answer</c>) in their
/// place; a required element without a value is written as ASMX writes it, <c>xsi:nil="true"</c> when nillable,
/// otherwise its default.
/// </summary>
internal static class CvObjectWriter
{
    public static void WriteObject(XmlWriter writer, CvObjectDescriptor type, CvObjectRecord record)
    {
        writer.WriteStartElement("CvObject", SoapNamespaces.S1);
        writer.WriteAttributeString("xsi", "type", SoapNamespaces.Xsi, type.Name);
        writer.WriteAttributeString("Id", record.Id);
        WriteFields(writer, type.Fields, record.Values);
        foreach (var detail in record.Details)
        {
            WriteDetail(writer, detail);
        }

        writer.WriteEndElement();
    }

    private static void WriteDetail(XmlWriter writer, CvDetailRecord detail)
    {
        var type = detail.Descriptor;
        writer.WriteStartElement(type.Element, SoapNamespaces.S1);
        for (var i = 0; i < type.Fields.Count; i++)
        {
            if (!type.IsElement(type.Fields[i]) && detail.Values[i] is { } value)
            {
                writer.WriteAttributeString(type.Fields[i].Name, CvValues.Format(value));
            }
        }

        for (var i = 0; i <= type.Fields.Count; i++)
        {
            if (i == type.NestedAt)
            {
                foreach (var nested in detail.Nested)
                {
                    WriteDetail(writer, nested);
                }
            }

            if (i < type.Fields.Count && type.Fields[i] is var field && type.IsElement(field))
            {
                WriteElement(writer, field, detail.Values[i]);
            }
        }

        writer.WriteEndElement();
    }

    private static void WriteElement(XmlWriter writer, CvField field, object? value)
    {
        if (value is null && !field.Required)
        {
            return;
        }

        writer.WriteStartElement(field.Name, SoapNamespaces.S1);
        if (value is not null)
        {
            writer.WriteString(CvValues.Format(value));
        }
        else if (field.Nillable)
        {
            writer.WriteAttributeString("xsi", "nil", SoapNamespaces.Xsi, "true");
        }
        else
        {
            writer.WriteString(field.DefaultValue ?? "");
        }

        writer.WriteEndElement();
    }

    /// <summary><c>XResponse</c> (tns) → <c>XResult</c> (s1) → <c>Id</c>*, the answer of Search, GetUpdated and GetDeleted.</summary>
    public static void WriteIds(XmlWriter writer, string operation, IEnumerable<string> ids)
    {
        writer.WriteStartElement(operation + "Response", SoapNamespaces.Tns);
        writer.WriteStartElement(operation + "Result", SoapNamespaces.S1);
        foreach (var id in ids)
        {
            writer.WriteElementString("Id", SoapNamespaces.S1, id);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteFields(XmlWriter writer, IReadOnlyList<CvField> fields, IReadOnlyList<object?> values)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (values[i] is { } value)
            {
                writer.WriteAttributeString(fields[i].Name, CvValues.Format(value));
            }
        }
    }
}
