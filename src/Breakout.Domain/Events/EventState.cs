namespace Breakout.Domain.Events;

/// <summary>What the event-registration rules need to know of an event, read inside the transaction.</summary>
/// <param name="Capacity">Accepted invitees allowed; negative means unlimited.</param>
public sealed record EventState(long Key, CventId Id, EventStatus Status, int Capacity, int AcceptedCount, bool EnableWaitlist)
{
    public bool IsOpen => Status is EventStatus.Active or EventStatus.Pending;

    public bool HasRoom => Capacity < 0 || AcceptedCount < Capacity;
}
