using Breakout.Domain;

namespace Breakout.Host.OperatorConsole;

/// <summary>The "as at" form of a session page: the account, the session and the time it shows (ISO 8601, with its zone).</summary>
internal sealed record AsAtForm(string Account, CventId SessionId, string At);
