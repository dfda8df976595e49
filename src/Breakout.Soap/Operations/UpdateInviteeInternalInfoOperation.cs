using System.Xml;
using Breakout.Domain.Invitees;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// UpdateInviteeInternalInfo: up to 200 <c>CvAnswer</c>s of one event, each the answer (<c>Answer</c>) of one invitee
/// (<c>Id</c>) to one internal information question (<c>QuestionID</c> or <c>QuestionCode</c>), with Cvent's CV951xx codes.
/// </summary>
public sealed class UpdateInviteeInternalInfoOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(string? EventId, IReadOnlyList<InternalAnswerInput> Answers, int Count);

    public string Name => "UpdateInviteeInternalInfo";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var (eventId, answers, count) = EventBatchReading.Read(reader, "CvAnswers", "CvAnswer", item =>
        {
            var answer = new InternalAnswerInput(
                item.Attribute("Id"), item.Attribute("MessageId"), item.Attribute("QuestionCode"), item.Attribute("QuestionID"), item.Attribute("Answer"));
            item.Skip();
            return answer;
        });
        return new Request(eventId, answers, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvAnswer", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Answers,
            answer => InjectedItemErrors.Fields(answer.InviteeId, null, answer.MessageId,
                ("QuestionCode", answer.QuestionCode), ("QuestionID", answer.QuestionId), ("Answer", answer.Answer), ("EventId", call.EventId)),
            answers => store.UpdateInternalInfoAsync(
                new UpdateInternalInfoCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.EventId, answers), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }
}
