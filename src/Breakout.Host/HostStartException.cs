namespace Breakout.Host;

/// <summary>The host cannot start for a reason the operator can fix (a bad path, a port in use): one line, exit 1.</summary>
public sealed class HostStartException(string message, Exception? inner = null) : Exception(message, inner);
