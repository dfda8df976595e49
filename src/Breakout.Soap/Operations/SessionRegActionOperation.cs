using System.Xml;
using Breakout.Domain;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// SessionRegAction: registers or unregisters up to 200 invitees or guests for one session. Each item gets its
/// own result, in input order; the call as a whole faults only when it cannot be processed at all.
/// </summary>
public sealed class SessionRegActionOperation(IBreakoutStore store) : IBatchOperation
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
        var action = BatchReading.Enum<SessionRegActionType>(reader.Attribute("SessionRegActionType"), "CvInvitees/@SessionRegActionType");
        var productId = reader.Attribute("ProductId");
        var (items, count) = BatchReading.ReadArray(reader, "CvInvitee", ReadItem);
        return new SessionRegActionRequest(action, productId, items, count);
    }

    /// <summary>One <c>CvInvitee</c> (consumed): its <c>Id</c>, <c>ConfirmationNumber</c> and <c>MessageId</c>, as <see cref="BatchReading.ReadObjectItem"/> reads them.</summary>
    private static SessionRegItem ReadItem(XmlReader item)
    {
        var read = new SessionRegItem(item.Attribute("Id"), item.Attribute("ConfirmationNumber"), item.Attribute("MessageId"));
        item.Skip();
        return read;
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (SessionRegActionRequest)request;
        BatchReading.CheckCount(Name, "CvInvitee", call.ItemCount);

        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item.Id, item.ConfirmationNumber, item.MessageId,
                ("ProductId", call.ProductId), ("SessionRegActionType", call.Action.ToString())),
            items => store.SessionRegActionAsync(
                new SessionRegCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.Action, call.ProductId, items),
                cancellationToken),
            (item, error) => new SessionRegItemResult(
                CventId.Echo(item.Id), InjectedItemErrors.Reference(item.MessageId), RegistrationOutcome.Refused, error));
        context.Call?.Registered(call.Action, results); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }
}
