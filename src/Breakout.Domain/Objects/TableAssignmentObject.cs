using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The TableAssignment type: the attributes of <c>s1:TableAssignment</c> in WSDL order, the seat of an invitee or a
/// guest (<c>EntityId</c>, <c>EntityType</c>) at a table of an event's seating chart. The names shown are the
/// registrant's. The WSDL types <c>LastModifiedDate</c> <c>s:string</c>; Breakout writes it as it writes every date.
/// Cvent's object table for TableAssignment was found in no public copy consulted; Breakout's decision: <c>EventId</c>,
/// <c>EntityId</c> and <c>LastModifiedDate</c> (GetUpdated's field) are searchable.
/// </summary>
public static class TableAssignmentObject
{
    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.TableAssignment,
        "LastModifiedDate",
        [
            new("TableId", T.Id, ReadOnly: true),
            new("TableName", T.String, 100, ReadOnly: true),
            new("SeatingId", T.Id, ReadOnly: true),
            new("SeatingCode", T.String, 50, ReadOnly: true),
            new("SeatingName", T.String, 100, ReadOnly: true),
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("EventTitle", T.String, 200, ReadOnly: true),
            new("EntityId", T.Id, Searchable: true, ReadOnly: true),
            new("EntityType", T.String, 20, ReadOnly: true, LookUps: ["Invitee", "Guest"]),
            new("SeatName", T.String, 50, ReadOnly: true),
            new("FirstName", T.String, 30, ReadOnly: true),
            new("LastName", T.String, 50, ReadOnly: true),
            new("Company", T.String, 100, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
        ]);
}
