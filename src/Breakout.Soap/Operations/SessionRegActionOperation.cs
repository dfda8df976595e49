using System.Xml;
using Breakout.Domain;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// SessionRegAction: registers or unregisters up to 200 invitees or guests for one session. Each item gets its
/// own result, in input order; the call as a whole faults only when it cannot be processed at all.
/// </summary>
public sealed class SessionRegActionOperation(IBreakoutStore store) : IOperation
{
    public string Name => "SessionRegAction";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        SessionRegActionRequest? request = null;
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvInvitees") && request is null && !child.IsNil())
            {
                request = ReadInvitees(child);
            }
            else
            {
                child.Skip();
            }
        });
        return request ?? new SessionRegActionRequest(SessionRegActionType.Register, null, [], 0);
    }

    private static SessionRegActionRequest ReadInvitees(XmlReader reader)
    {
        var actionText = reader.Attribute("SessionRegActionType")
            ?? throw SoapFaultException.InvalidRequest("CvInvitees/@SessionRegActionType is required (Register or Unregister).");
        var action = actionText switch
        {
            "Register" => SessionRegActionType.Register,
            "Unregister" => SessionRegActionType.Unregister,
            _ => throw SoapFaultException.InvalidRequest($"CvInvitees/@SessionRegActionType '{actionText}' is not valid; use Register or Unregister."),
        };
        var productId = reader.Attribute("ProductId");
        var items = new List<SessionRegItem>();
        var count = 0;
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvInvitee"))
            {
                if (++count <= SessionRegLimits.MaxItemsPerCall)
                {
                    items.Add(new SessionRegItem(child.Attribute("Id"), child.Attribute("ConfirmationNumber"), child.Attribute("MessageId")));
                }
            }

            child.Skip();
        });
        return new SessionRegActionRequest(action, productId, items, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (SessionRegActionRequest)request;
        if (SessionRegLimits.CheckItemCount(call.ItemCount) is { } limit)
        {
            throw new SoapFaultException(limit, call.ItemCount == 0
                ? "SessionRegAction needs at least one CvInvitee."
                : $"SessionRegAction takes at most {SessionRegLimits.MaxItemsPerCall} CvInvitee items; the request has {call.ItemCount}.");
        }

        var caller = context.Caller!;
        var results = await store.SessionRegActionAsync(
            new SessionRegCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.Action, call.ProductId, call.Items),
            cancellationToken);
        return writer => WriteResults(writer, results);
    }

    private static void WriteResults(XmlWriter writer, IReadOnlyList<SessionRegItemResult> results)
    {
        writer.WriteStartElement("SessionRegActionResponse", SoapNamespaces.Tns);
        writer.WriteStartElement("SessionRegActionResult", SoapNamespaces.S1);
        foreach (var result in results)
        {
            writer.WriteStartElement("SessionRegActionResult", SoapNamespaces.S1);
            if (result.Id is not null)
            {
                writer.WriteAttributeString("Id", result.Id);
            }

            if (result.ReferenceId is not null)
            {
                writer.WriteAttributeString("ReferenceId", result.ReferenceId);
            }

            writer.WriteAttributeString("Success", result.Success ? "true" : "false");
            if (result.Error is { } error)
            {
                writer.WriteStartElement("Errors", SoapNamespaces.S1);
                writer.WriteStartElement("Error", SoapNamespaces.S1);
                writer.WriteAttributeString("Code", error.Code);
                writer.WriteAttributeString("Description", error.Description);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
