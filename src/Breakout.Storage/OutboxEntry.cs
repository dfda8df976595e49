using Breakout.Domain.Email;

namespace Breakout.Storage;

/// <summary>One message of the outbox as the CLI lists it.</summary>
public sealed record OutboxEntry(
    string Id, string AccountNumber, string EventId, string InviteeId, string ToAddress, string Subject, string Template, OutboxStatus Status,
    int Attempts, DateTimeOffset QueuedAt, DateTimeOffset? SentAt, DateTimeOffset? NextAttemptAt, string? LastError);
