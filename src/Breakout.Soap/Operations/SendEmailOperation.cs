using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Email;
using Breakout.Domain.Events;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// SendEmail: queues one event e-mail per invitee in <c>EmailRequest/RecipientId</c> (developers.cvent.com, SendEmail).
/// The call never reaches the network: each message is written to the outbox, with its EventEmailHistory row, in the
/// call's transaction; the host's sender delivers the outbox through an SMTP relay when one is configured.
/// </summary>
/// <param name="fromAddress">The sender address written into every message (<c>Breakout:Smtp:From</c>).</param>
public sealed class SendEmailOperation(IBreakoutStore store, string fromAddress) : IBatchOperation
{
    private sealed record Request(
        ActivityType ActivityType, string? ActivityId, EmailTemplate Template, bool Resend, string? EmailName, IReadOnlyList<ObjectItem> Items, int Count);

    public string Name => "SendEmail";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? activityType = null, activityId = null, template = null, resend = null, emailName = null;
        (List<ObjectItem> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("EmailRequest") && !child.IsNil())
            {
                activityType = child.Attribute("ActivityType");
                activityId = child.Attribute("ActivityId");
                template = child.Attribute("EmailTemplateName");
                resend = child.Attribute("ResendToPreviousRecipients");
                emailName = child.Attribute("EmailName");
                child.ReadChildren(part =>
                {
                    if (part.IsContractElement("RecipientId"))
                    {
                        items = BatchReading.ReadItems(part, "CvObject");
                    }
                    else
                    {
                        part.Skip();
                    }
                });
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(
            BatchReading.Enum<ActivityType>(activityType, "ActivityType"), activityId, BatchReading.Enum<EmailTemplate>(template, "EmailTemplateName"),
            BatchReading.Boolean(resend, "ResendToPreviousRecipients"), emailName, items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvObject", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item, ("ActivityType", call.ActivityType.ToString()), ("ActivityId", call.ActivityId), ("EmailName", call.EmailName)),
            items => store.SendEmailAsync(
                new SendEmailCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.ActivityType, call.ActivityId, call.Template, call.EmailName, call.Resend,
                    fromAddress, items), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }
}
