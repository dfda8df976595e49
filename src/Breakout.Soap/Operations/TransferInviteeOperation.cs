using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// TransferInvitee: for each contact, finds its invitee of the event, or creates one (status No Response); answers
/// the invitee IDs. Only the Event activity type exists here; <c>TargetedListId</c> is accepted and ignored, and no
/// <c>WeblinkDetail</c> is returned because Breakout has no registration web site.
/// </summary>
public sealed class TransferInviteeOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(ActivityType ActivityType, string? ActivityId, IReadOnlyList<ObjectItem> Items, int Count);

    public string Name => "TransferInvitee";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? activityType = null, activityId = null;
        (List<ObjectItem> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvObjects"))
            {
                items = BatchReading.ReadItems(child, "CvObject");
            }
            else if (child.IsContractElement("ActivityType"))
            {
                activityType = child.ReadText();
            }
            else if (child.IsContractElement("ActivityId"))
            {
                activityId = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(BatchReading.Enum<ActivityType>(activityType, "ActivityType"), activityId, items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvObject", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item, ("ActivityType", call.ActivityType.ToString()), ("ActivityId", call.ActivityId)),
            items => store.TransferInviteeAsync(
                new TransferInviteeCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.ActivityType, call.ActivityId, items), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }
}
