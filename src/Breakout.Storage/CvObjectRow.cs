using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage;

/// <summary>
/// One object to import of a type Cvent's API only reads (Speaker, Transaction, User …): its ID and its values by
/// wire field name, typed as <see cref="CvValues.TryParse"/> types them. Fields a store derives from a relation
/// (a Transaction's <c>EventTitle</c>) are ignored; a field left out is stored empty.
/// </summary>
public sealed record CvObjectRow(CvObjectDescriptor Type, CventId Id, IReadOnlyDictionary<string, object?> Values);

/// <summary>
/// One detail row to import (a Speaker's <c>AssignedSessions</c>, a User's <c>UserGroupDetail</c>): the parent object's
/// ID and the detail's values by field name. Importing the same row again changes nothing.
/// </summary>
public sealed record CvDetailRow(CvObjectDescriptor Type, CvDetailDescriptor Detail, CventId ParentId, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>The row's name in an import error: the parent's ID and the row's values, in field order.</summary>
    public string Key => string.Join("/", Detail.Fields.Select(f => Values.GetValueOrDefault(f.Name) is { } value ? CvValues.Format(value) : "")
        .Prepend(ParentId.ToString()));
}
