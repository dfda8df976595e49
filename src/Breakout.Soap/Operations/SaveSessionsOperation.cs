using System.Globalization;
using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Sessions;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CreateSession and UpdateSession (one class, two catalogue entries): up to 200 <c>Session</c> objects of an event.
/// Values that cannot be parsed fail their item, not the call. The session group and included flag are read from
/// <c>CustomFieldDetail</c> entries named <c>SessionGroup</c> and <c>IsIncluded</c>.
/// </summary>
public sealed class SaveSessionsOperation(IBreakoutStore store, bool create) : IBatchOperation
{
    private sealed record Request(string? EventId, IReadOnlyList<SessionInput> Sessions, int Count);

    public string Name => create ? "CreateSession" : "UpdateSession";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? eventId = null;
        (List<SessionInput> Items, int Count) sessions = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("EventId"))
            {
                eventId = child.ReadText();
            }
            else if (child.IsContractElement("sessions"))
            {
                sessions = BatchReading.ReadArray(child, "Session", ReadSession);
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(eventId, sessions.Items, sessions.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "Session", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Sessions,
            session => InjectedItemErrors.Fields(session.Id, null, session.MessageId,
                ("ProductName", session.Name), ("ProductCode", session.Code), ("SessionLocationName", session.LocationName),
                ("SessionLocationCode", session.LocationCode), ("EventId", call.EventId)),
            sessions => store.SaveSessionsAsync(
                new SaveSessionsCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, create, call.EventId, sessions), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }

    private static SessionInput ReadSession(XmlReader reader)
    {
        var problems = new List<string>();
        T? Parse<T>(string attribute, Func<string, T?> parse)
            where T : struct
        {
            var text = reader.Attribute(attribute);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var value = parse(text.Trim());
            if (value is null)
            {
                problems.Add($"{attribute} '{text}' is not valid.");
            }

            return value;
        }

        var input = new SessionInput
        {
            Id = reader.Attribute("Id"),
            MessageId = reader.Attribute("MessageId"),
            Name = reader.Attribute("ProductName"),
            Code = reader.Attribute("ProductCode"),
            ProductType = NullIfEmpty(reader.Attribute("ProductType")),
            StartTime = Parse("StartTime", ParseDate),
            EndTime = Parse("EndTime", ParseDate),
            Description = reader.Attribute("ProductDescription"),
            LocationName = reader.Attribute("SessionLocationName"),
            LocationCode = reader.Attribute("SessionLocationCode"),
            Status = Parse("Status", t => Enum.GetNames<ProductStatus>().Contains(t, StringComparer.Ordinal) ? Enum.Parse<ProductStatus>(t) : (ProductStatus?)null),
            AutoCloseDate = Parse("AutoCloseDate", ParseDate),
            Capacity = Parse("Capacity", ParseInt),
            EnableWaitlist = Parse("EnableWaitlist", ParseBool),
            WaitlistCapacity = Parse("WaitlistCapacity", ParseInt),
        };

        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CustomFieldDetail"))
            {
                var name = child.Attribute("FieldName");
                var value = child.Attribute("FieldValue") ?? "";
                if (name == "SessionGroup")
                {
                    input = input with { Group = value.Trim() };
                }
                else if (name == "IsIncluded")
                {
                    var included = ParseBool(value.Trim());
                    input = included is null ? input with { InvalidValue = $"IsIncluded '{value}' is not a boolean." } : input with { Included = included };
                }
            }

            child.Skip();
        });

        return problems.Count > 0 ? input with { InvalidValue = string.Join(" ", problems) } : input;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>An xs:dateTime; Cvent sends them without an offset, meaning UTC.</summary>
    private static DateTimeOffset? ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;

    private static int? ParseInt(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool? ParseBool(string text) => text switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };
}
