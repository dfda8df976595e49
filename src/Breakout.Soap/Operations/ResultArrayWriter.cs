using System.Xml;
using Breakout.Domain;

namespace Breakout.Soap.Operations;

/// <summary>
/// Writes the response shape every batch operation shares: <c>XResponse</c> (tns) holding the array <c>XResult</c> (s1)
/// of items <c>XResult</c> with <c>Id</c>, <c>ReferenceId</c>, <c>Success</c> and, on failure, <c>Errors/Error</c>.
/// Absent values are omitted, as ASMX's serializer did.
/// </summary>
internal static class ResultArrayWriter
{
    public static void Write(XmlWriter writer, string operation, IEnumerable<(string? Id, string? ReferenceId, bool Success, CventError? Error)> results)
    {
        writer.WriteStartElement(operation + "Response", SoapNamespaces.Tns);
        writer.WriteStartElement(operation + "Result", SoapNamespaces.S1);
        foreach (var (id, referenceId, success, error) in results)
        {
            writer.WriteStartElement(operation + "Result", SoapNamespaces.S1);
            WriteOptional(writer, "Id", id);
            WriteOptional(writer, "ReferenceId", referenceId);
            writer.WriteAttributeString("Success", success ? "true" : "false");
            WriteErrors(writer, error);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public static void WriteOptional(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteAttributeString(name, value);
        }
    }

    public static void WriteErrors(XmlWriter writer, CventError? error)
    {
        if (error is null)
        {
            return;
        }

        writer.WriteStartElement("Errors", SoapNamespaces.S1);
        writer.WriteStartElement("Error", SoapNamespaces.S1);
        writer.WriteAttributeString("Code", error.Code);
        writer.WriteAttributeString("Description", error.Description);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
