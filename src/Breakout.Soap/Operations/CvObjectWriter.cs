using System.Xml;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// Writes CvObjects as Cvent's Retrieve does: a <c>CvObject</c> element with <c>xsi:type="Event"</c> (an unprefixed
/// QName resolved through the s1 default namespace, with the <c>xsi</c> prefix the Envelope declares, as ASMX writes
/// it), <c>Id</c>, then the fields in WSDL order — values absent are omitted, datetimes <c>2019-01-02T08:47:21</c> in
/// UTC, booleans <c>true</c>/<c>false</c> — and the detail elements after.
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
            writer.WriteStartElement(detail.Descriptor.Element, SoapNamespaces.S1);
            if (detail.Descriptor.TextElements)
            {
                WriteElements(writer, detail.Descriptor.Fields, detail.Values);
            }
            else
            {
                WriteFields(writer, detail.Descriptor.Fields, detail.Values);
            }

            writer.WriteEndElement();
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

    private static void WriteElements(XmlWriter writer, IReadOnlyList<CvField> fields, IReadOnlyList<object?> values)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (values[i] is { } value)
            {
                writer.WriteElementString(fields[i].Name, SoapNamespaces.S1, CvValues.Format(value));
            }
        }
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
