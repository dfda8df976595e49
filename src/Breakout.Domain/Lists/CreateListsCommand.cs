using Breakout.Domain.Objects;

namespace Breakout.Domain.Lists;

/// <summary>A CreateContactGroup (<see cref="CvObjectType.ContactGroup"/>) or CreateDistributionList call.</summary>
public sealed record CreateListsCommand(long AccountKey, long ApiUserKey, Guid CallId, CvObjectType ListType, IReadOnlyList<ListInput> Lists);
