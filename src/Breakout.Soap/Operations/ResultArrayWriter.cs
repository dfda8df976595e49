using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Contacts;

namespace Breakout.Soap.Operations;

/// <summary>
/// Writes the response shape every batch operation shares: <c>XResponse</c> (tns) holding the array <c>XResult</c> (s1)
/// of items <c>XResult</c> with <c>Id</c>, <c>ReferenceId</c>, <c>Success</c> and, on failure, <c>Errors/Error</c>.
/// Absent values are omitted, as ASMX's serializer did.
/// </summary>
internal static class ResultArrayWriter
{
    public static void Write(XmlWriter writer, string operation, IEnumerable<(string? Id, string? ReferenceId, bool Success, CventError? Error)> results) =>
        WriteArray(writer, operation, results, (w, result) => WriteItem(w, result.Id, result.ReferenceId, result.Success, result.Error, successBeforeReference: false));

    /// <summary>
    /// The same, for calls whose items are named otherwise than their array (<paramref name="itemName"/>: UpdateGuestInfo's
    /// <c>UpdateGuestResult</c>, UpdateRegistrationType's <c>UpdateRegTypeResult</c>, ManageContactGroupMembers'
    /// <c>ManageContactGroupResult</c>; WSDL), and for items whose type puts <c>Success</c> before <c>ReferenceId</c>
    /// (<c>CreateContactGroupResult</c>, <c>CreateDistributionListResult</c>).
    /// </summary>
    public static void Write(XmlWriter writer, string operation, string itemName, IEnumerable<ItemResult> results, bool successBeforeReference = false) =>
        WriteArray(writer, operation, results, (w, result) => WriteItem(w, result.Id, result.ReferenceId, result.Success, result.Error, successBeforeReference), itemName);

    /// <summary>
    /// The contact calls' items: <c>Id</c>, <c>ReferenceId</c>, <c>SourceId</c>, <c>Success</c> and, for UpsertContact,
    /// <c>NewContact</c> (always written, as a non-nullable boolean is), in the WSDL's order.
    /// </summary>
    public static void WriteContactResults(XmlWriter writer, string operation, IEnumerable<ContactItemResult> results, bool withNewContact) =>
        WriteArray(writer, operation, results, (w, result) =>
        {
            WriteOptional(w, "Id", result.Id);
            WriteOptional(w, "ReferenceId", result.ReferenceId);
            WriteOptional(w, "SourceId", result.SourceId);
            w.WriteAttributeString("Success", result.Success ? "true" : "false");
            if (withNewContact)
            {
                w.WriteAttributeString("NewContact", result.Success && result.NewContact ? "true" : "false");
            }

            WriteErrors(w, result.Error);
        });

    private static void WriteItem(XmlWriter writer, string? id, string? referenceId, bool success, CventError? error, bool successBeforeReference)
    {
        WriteOptional(writer, "Id", id);
        if (!successBeforeReference)
        {
            WriteOptional(writer, "ReferenceId", referenceId);
        }

        writer.WriteAttributeString("Success", success ? "true" : "false");
        if (successBeforeReference)
        {
            WriteOptional(writer, "ReferenceId", referenceId);
        }

        WriteErrors(writer, error);
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

    private static void WriteArray<T>(XmlWriter writer, string operation, IEnumerable<T> results, Action<XmlWriter, T> writeItem, string? itemName = null)
    {
        writer.WriteStartElement(operation + "Response", SoapNamespaces.Tns);
        writer.WriteStartElement(operation + "Result", SoapNamespaces.S1);
        foreach (var result in results)
        {
            writer.WriteStartElement(itemName ?? operation + "Result", SoapNamespaces.S1);
            writeItem(writer, result);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
