using Breakout.Storage;

namespace Breakout.Host.ChangeFeed;

/// <summary>
/// <c>GET /api/v1/changes</c>'s answer: the account's changes after the cursor, in order; <see cref="Next"/> is the
/// cursor to ask with next (the last change's position, or the cursor asked with when there is none), and
/// <see cref="HasMore"/> says whether changes after them were already committed.
/// </summary>
public sealed record ChangePage(string Account, IReadOnlyList<ChangeRecord> Changes, long Next, bool HasMore);
