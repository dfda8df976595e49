namespace Breakout.Storage.Sql;

/// <summary>
/// Where a field read from other rows or through a subquery gets one of its values, as the keys of the projection's
/// rows that have it: <see cref="Select"/> with a condition on <see cref="Column"/> appended. An invitee's
/// <c>Company</c> is its contact's (<c>SELECT g.pk FROM contacts k JOIN registrants g …</c>, <c>k.company</c>); its
/// <c>RegistrationDate</c> the time of its last acceptance, one of the call times of its history rows
/// (<c>k.at</c>). A Search or GetUpdated answered through an index keeps only the rows one of whose values meets the
/// filter (for a date, a latest or earliest time within a range is one of the times in it), looked up by the indexes
/// on those columns, then tests the field itself on those rows.
/// </summary>
/// <param name="Select">A <c>SELECT key FROM … WHERE … AND </c>, scoped by <c>@a</c>, to which the condition is appended.</param>
/// <param name="Column">The column the condition is on.</param>
internal sealed record SqlKeySource(string Select, string Column);
