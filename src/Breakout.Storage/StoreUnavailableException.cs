namespace Breakout.Storage;

/// <summary>
/// The database could not be reached (down, restarting, failing over, network gone), even after one more try on a
/// fresh connection, and nothing of the work was committed. Safe to retry once the database is back.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception innerException) : Exception(message, innerException);
