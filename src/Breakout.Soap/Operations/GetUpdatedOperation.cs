using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// GetUpdated (IDs of a served type created or changed in a window) and GetDeleted (IDs deleted in it). Times are
/// GMT (a value with a zone is converted) and their seconds are ignored, as Cvent documents (12:30:15 → 12:30:00);
/// the window is [StartDate, EndDate), so consecutive windows neither miss nor repeat a change. A missing or
/// unparseable date is CV20013, a StartDate not before EndDate CV20014, more than <see cref="CvObjectLimits.MaxUpdatedResults"/> IDs (10,000) CV20012.
/// </summary>
public sealed class GetUpdatedOperation(IBreakoutStore store, CvObjectLimits limits, bool deleted) : IOperation
{
    private sealed record Request(string? ObjectType, string? StartDate, string? EndDate);

    public string Name => deleted ? "GetDeleted" : "GetUpdated";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? objectType = null, start = null, end = null;
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("ObjectType"))
            {
                objectType = child.ReadText();
            }
            else if (child.IsContractElement("StartDate"))
            {
                start = child.ReadText();
            }
            else if (child.IsContractElement("EndDate"))
            {
                end = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(objectType, start, end);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        var type = CvObjectReading.ServedType(call.ObjectType);
        var start = Round(Date(call.StartDate, "StartDate"));
        var end = Round(Date(call.EndDate, "EndDate"));
        if (start >= end)
        {
            throw new SoapFaultException(CventErrors.InvalidDateRange,
                $"StartDate {CvDateTime.Format(start)} must be before EndDate {CvDateTime.Format(end)}" +
                (limits.RoundWindowToMinutes ? " (seconds are ignored)." : "."));
        }

        var limit = limits.MaxUpdatedResults + 1;
        var ids = deleted
            ? await store.GetDeletedAsync(context.Caller!.AccountKey, type.Type, start, end, limit, cancellationToken)
            : await store.GetUpdatedAsync(context.Caller!.AccountKey, type, start, end, limit, cancellationToken);
        if (ids.Count > limits.MaxUpdatedResults)
        {
            throw new SoapFaultException(CventErrors.TooManyIdsReturned,
                $"More than {limits.MaxUpdatedResults} IDs changed in the window; ask for a shorter one.");
        }

        return writer => CvObjectWriter.WriteIds(writer, Name, ids);
    }

    private DateTimeOffset Round(DateTimeOffset value) =>
        limits.RoundWindowToMinutes ? CvDateTime.ToMinute(value) : CvDateTime.ToSecond(value);

    private static DateTimeOffset Date(string? text, string field) =>
        CvDateTime.TryParse(text, out var value)
            ? value
            : throw new SoapFaultException(CventErrors.InvalidDate, string.IsNullOrWhiteSpace(text)
                ? $"{field} is required (YYYY-MM-DDThh:mm:ss, GMT)."
                : $"{field} '{text}' is not a date and time (YYYY-MM-DDThh:mm:ss, GMT).");
}
