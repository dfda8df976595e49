namespace Breakout.Storage;

/// <summary>A field an <c>invitee.updated</c> or <c>guest.updated</c> change changed: its name and its old and new wire text.</summary>
public sealed record ChangedField(string Field, string? Old, string? New);
