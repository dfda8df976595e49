namespace Breakout.Domain.Email;

/// <summary>Where a message of the outbox is: waiting for the relay (or for a retry), accepted by it, or given up.</summary>
public enum OutboxStatus
{
    Queued = 0,
    Sent = 1,
    Failed = 2,
}
