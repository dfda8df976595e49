using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Domain.Payments;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CreateTransaction: records payments and refunds of invitees of one event (developers.cvent.com, "CreateTransaction":
/// "insert offline payments for one or more registrants within an event", up to 200). Amounts are read as ASMX reads
/// <c>s:decimal</c> (<see cref="Money.TryParseWire"/>) and never pass through floating point. What XmlSerializer
/// refuses (a <c>TransactionType</c> outside the enumeration, an amount or date that is not one) faults the call.
/// </summary>
public sealed class CreateTransactionOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(string? EventId, IReadOnlyList<TransactionInput> Items, int Count);

    public string Name => "CreateTransaction";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? eventId = null;
        (List<TransactionInput> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("Transactions"))
            {
                items = BatchReading.ReadArray(child, "Transaction", ReadTransaction);
            }
            else if (child.IsContractElement("EventId"))
            {
                eventId = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(eventId, items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "Transaction", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(null, item.MessageId, item.Texts,
                ("InviteeId", item.InviteeId), ("TransactionType", item.Type), ("EventId", call.EventId)),
            items => store.CreateTransactionsAsync(
                new CreateTransactionsCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.EventId, items), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }

    private static TransactionInput ReadTransaction(XmlReader item)
    {
        var type = item.Attribute("TransactionType");
        if (!TransactionRules.IsType(type))
        {
            throw SoapFaultException.InvalidRequest(type is null
                ? "Transaction needs a TransactionType (Online Charge, Online Refund, Offline Charge or Offline Refund)."
                : $"TransactionType '{type}' is not valid; use Online Charge, Online Refund, Offline Charge or Offline Refund.");
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in TransactionInput.TextFields)
        {
            if (item.Attribute(field) is { Length: > 0 } text)
            {
                texts[field] = text;
            }
        }

        DateTimeOffset? date = null;
        if (item.Attribute("TransactionDate") is { } dateText)
        {
            date = CvDateTime.TryParse(dateText, out var parsed) ? parsed : throw SoapFaultException.InvalidRequest($"TransactionDate '{dateText}' is not a date and time.");
        }

        var input = new TransactionInput(
            item.Attribute("MessageId"), item.Attribute("InviteeId"), type!, Amount(item.Attribute("Amount"), "Amount"),
            BatchReading.Boolean(item.Attribute("PaidInFull"), "PaidInFull"), texts, date, []);
        var distribution = new List<DistributionInput>();
        item.ReadChildren(child =>
        {
            if (child.IsContractElement("DistributionDetail"))
            {
                var texts = DistributionInput.TextFields.Where(f => child.Attribute(f) is { Length: > 0 }).ToDictionary(f => f, f => child.Attribute(f)!, StringComparer.Ordinal);
                distribution.Add(new DistributionInput(child.Attribute("ProductId"), Amount(child.Attribute("AmountApplied"), "AmountApplied"), texts));
            }

            child.Skip();
        });
        return input with { Distribution = distribution };
    }

    private static decimal? Amount(string? text, string field) =>
        text is null ? null
        : Money.TryParseWire(text, out var amount) ? amount
        : throw SoapFaultException.InvalidRequest($"{field} '{text}' is not a decimal.");
}
