namespace Breakout.Storage;

/// <summary>
/// The commit of the work was sent but its answer was lost with the connection, and whether the database applied it
/// could not be found out before giving up (the database stayed unreachable). The work may or may not have taken
/// effect: check before repeating it.
/// </summary>
public sealed class CommitOutcomeUnknownException(string message, Exception innerException) : Exception(message, innerException);
