namespace Breakout.Storage;

/// <summary>One recorded change of a field: the call that made it (operation, call ID, time), the field and its old and new wire text.</summary>
public sealed record FieldChangeRecord(string Operation, Guid CallId, DateTimeOffset At, string Field, string? OldValue, string? NewValue);
