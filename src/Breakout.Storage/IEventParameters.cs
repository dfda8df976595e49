using Breakout.Domain;
using Breakout.Domain.Events;

namespace Breakout.Storage;

/// <summary>
/// The events an API call creates or changes: CreateNoRegEvent, UpdateEventParameters and CopyEvent. One result per
/// item, in order; each call is one transaction, durable when the task completes, with one <c>event_history</c> row per
/// event created or changed. Event codes are unique in an account (case-insensitive), enforced by the database.
/// </summary>
public interface IEventParameters
{
    /// <summary>CreateNoRegEvent: each item becomes an Active event without online registration, with a drawn code.</summary>
    Task<IReadOnlyList<ItemResult>> CreateNoRegEventsAsync(EventParametersCommand command, CancellationToken cancellationToken = default);

    /// <summary>UpdateEventParameters: each item changes the parameters it gives of the event with its <c>Id</c>.</summary>
    Task<IReadOnlyList<ItemResult>> UpdateEventParametersAsync(EventParametersCommand command, CancellationToken cancellationToken = default);

    /// <summary>
    /// CopyEvent: each item is a new Pending event copied from <see cref="EventParametersCommand.SourceEventId"/> with
    /// its sessions (capacities, waitlist settings, groups, times moved with the event's start), questions, custom
    /// field values, capacity, waitlist and clash settings, never its invitees, guests, registrations, transactions or
    /// answers; the item's parameters override the copied ones. A copy is all or nothing.
    /// </summary>
    Task<IReadOnlyList<ItemResult>> CopyEventAsync(EventParametersCommand command, CancellationToken cancellationToken = default);
}
