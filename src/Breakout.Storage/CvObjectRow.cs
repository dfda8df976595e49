using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage;

/// <summary>
/// One object to import of a type Cvent has no create call for (Survey, Response, DistributionList, …): its ID, its
/// field values as wire text keyed by WSDL name (any case; a field left out is cleared), and its detail rows keyed by
/// detail element name, each row a map of field names to wire text. Relations are given by the related object's ID
/// (<c>SurveyId</c>, <c>EventId</c>, <c>ContactId</c>); members of a ContactGroup or DistributionList are the detail
/// <c>Members</c>, each row a <c>ContactId</c>.
/// </summary>
public sealed record CvObjectRow(CvObjectType Type, CventId Id, IReadOnlyDictionary<string, string> Values)
{
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Details { get; init; } =
        new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>();
}
