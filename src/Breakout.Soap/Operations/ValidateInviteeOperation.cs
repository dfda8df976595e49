using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// ValidateInvitee: whether invitees are registered for (and checked in at) an event or session, and paid in full.
/// Note the namespace trap: here the <c>CvInvitee</c> items are in tns, not s1 (both are accepted).
/// </summary>
public sealed class ValidateInviteeOperation(IBreakoutStore store) : IOperation
{
    private sealed record Request(ProductType ProductType, string? ProductId, bool CheckPaidInFull, IReadOnlyList<ObjectItem> Items, int Count);

    public string Name => "ValidateInvitee";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? productType = null, productId = null, checkPaid = null;
        (List<ObjectItem> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvInvitees"))
            {
                items = BatchReading.ReadItems(child, "CvInvitee");
            }
            else if (child.IsContractElement("ProductType"))
            {
                productType = child.ReadText();
            }
            else if (child.IsContractElement("ProductID") || child.IsContractElement("ProductId"))
            {
                productId = child.ReadText();
            }
            else if (child.IsContractElement("CheckPaidInFull"))
            {
                checkPaid = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(BatchReading.Enum<ProductType>(productType, "ProductType"), productId, BatchReading.Boolean(checkPaid, "CheckPaidInFull"), items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvInvitee", call.Count);
        var outcomes = await store.ValidateInviteeAsync(
            new ValidateInviteeQuery(context.Caller!.AccountKey, call.ProductType, call.ProductId, call.CheckPaidInFull, call.Items), cancellationToken);
        context.Call?.Items(outcomes, o => o.Success, o => o.Error); // observability
        return writer =>
        {
            writer.WriteStartElement("ValidateInviteeResponse", SoapNamespaces.Tns);
            writer.WriteStartElement("ValidateInviteeResult", SoapNamespaces.S1);
            foreach (var outcome in outcomes)
            {
                writer.WriteStartElement("ValidateInviteeResult", SoapNamespaces.S1);
                ResultArrayWriter.WriteOptional(writer, "ReferenceId", outcome.ReferenceId);
                ResultArrayWriter.WriteOptional(writer, "InviteeID", outcome.InviteeId);
                writer.WriteAttributeString("Registered", outcome.Registered ? "true" : "false");
                writer.WriteAttributeString("PaidInFull", outcome.PaidInFull ? "true" : "false");
                writer.WriteAttributeString("CheckedIn", outcome.CheckedIn ? "true" : "false");
                writer.WriteAttributeString("Success", outcome.Success ? "true" : "false");
                ResultArrayWriter.WriteErrors(writer, outcome.Error);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        };
    }
}
