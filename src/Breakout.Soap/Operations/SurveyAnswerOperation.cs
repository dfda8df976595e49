using System.Xml;
using Breakout.Domain.Objects;
using Breakout.Domain.Surveys;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CreateSurveyAnswer (<c>SurveyId</c>, <c>RespondentStatus</c>, <c>CvAnswers</c>: answers of contacts to a survey) and
/// CreatePostEventFeedback (<c>EventId</c>, <c>CvAnswers</c>: answers of the event's invitees to its feedback survey).
/// Both take up to 200 <c>CvAnswer</c> items and answer one result per item with the response's ID. A
/// <c>RespondentStatus</c> outside the enumeration faults the call, as XmlSerializer refuses it.
/// </summary>
public sealed class SurveyAnswerOperation(IBreakoutStore store, bool postEventFeedback) : IBatchOperation
{
    private sealed record Request(string? Target, string Status, IReadOnlyList<AnswerInput> Items, int Count);

    public string Name => postEventFeedback ? "CreatePostEventFeedback" : "CreateSurveyAnswer";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? target = null, status = null;
        (List<AnswerInput> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvAnswers"))
            {
                items = BatchReading.ReadArray(child, "CvAnswer", ReadAnswer);
            }
            else if (child.IsContractElement(postEventFeedback ? "EventId" : "SurveyId"))
            {
                target = child.ReadText();
            }
            else if (!postEventFeedback && child.IsContractElement("RespondentStatus"))
            {
                status = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });

        // Post-event feedback is a completed response: CreatePostEventFeedback has no RespondentStatus.
        if (postEventFeedback)
        {
            status = "Complete Response";
        }
        else if (status is null || !RespondentObject.Statuses.Contains(status.Trim(), StringComparer.Ordinal))
        {
            throw SoapFaultException.InvalidRequest(status is null
                ? "RespondentStatus is required (No Response, Visited, Partial Response, Complete Response or Disqualified Response)."
                : $"RespondentStatus '{status}' is not valid; use No Response, Visited, Partial Response, Complete Response or Disqualified Response.");
        }

        return new Request(target, status.Trim(), items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvAnswer", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item.Id, null, item.MessageId,
                ("TransactionID", item.TransactionId), ("QuestionID", item.QuestionId), ("QuestionCode", item.QuestionCode), ("Answer", item.Answer),
                (postEventFeedback ? "EventId" : "SurveyId", call.Target), ("RespondentStatus", call.Status)),
            items => store.CreateSurveyAnswersAsync(new SurveyAnswersCommand(
                caller.AccountKey, caller.ApiUserKey, context.CallId, Name, postEventFeedback ? null : call.Target ?? "", postEventFeedback ? call.Target : null,
                call.Status, items), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }

    private static AnswerInput ReadAnswer(XmlReader item)
    {
        var answer = new AnswerInput(item.Attribute("MessageId"), item.Attribute("Id"), item.Attribute("TransactionID"), item.Attribute("QuestionID"),
            item.Attribute("QuestionCode"), item.Attribute("Answer"));
        item.Skip();
        return answer;
    }
}
