using Breakout.Domain.Access;

namespace Breakout.Host.OperatorConsole;

/// <summary>The client addresses the console answers (<see cref="ConsoleSettings.AllowedClients"/>).</summary>
internal sealed record ConsoleClients(IpAllowList Allowed);
