using System.Xml;
using Breakout.Domain;

namespace Breakout.Soap.Operations;

/// <summary>
/// The results of the list and user calls: <c>XResponse</c> (tns) holding the array <c>XResult</c> (s1) of items named
/// as the WSDL names them (<c>ManageContactGroupResult</c> in <c>ManageContactGroupMembersResult</c>), with <c>Id</c>,
/// <c>ReferenceId</c> and <c>Success</c> in the order of the item's type (<c>CreateContactGroupResult</c> and
/// <c>CreateDistributionListResult</c> put <c>Success</c> before <c>ReferenceId</c>), then <c>Errors</c> on failure.
/// </summary>
internal static class ItemResultWriter
{
    public static void Write(XmlWriter writer, string operation, string itemName, IEnumerable<ItemResult> results, bool successBeforeReference = false)
    {
        writer.WriteStartElement(operation + "Response", SoapNamespaces.Tns);
        writer.WriteStartElement(operation + "Result", SoapNamespaces.S1);
        foreach (var result in results)
        {
            writer.WriteStartElement(itemName, SoapNamespaces.S1);
            ResultArrayWriter.WriteOptional(writer, "Id", result.Id);
            if (!successBeforeReference)
            {
                ResultArrayWriter.WriteOptional(writer, "ReferenceId", result.ReferenceId);
            }

            writer.WriteAttributeString("Success", result.Success ? "true" : "false");
            if (successBeforeReference)
            {
                ResultArrayWriter.WriteOptional(writer, "ReferenceId", result.ReferenceId);
            }

            ResultArrayWriter.WriteErrors(writer, result.Error);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>
    /// The whole-call fault for an item count of zero (CV20018) or over 200: the operation's own "Exceed … limit" code
    /// where Cvent documents one (<paramref name="overLimit"/>), else CV20021.
    /// </summary>
    public static void CheckCount(string operation, string itemName, int count, CventError? overLimit)
    {
        if (count > BatchReading.MaxItems && overLimit is not null)
        {
            throw new SoapFaultException(overLimit, $"{operation} takes at most {BatchReading.MaxItems} {itemName} items; the request has {count}.");
        }

        BatchReading.CheckCount(operation, itemName, count);
    }
}
