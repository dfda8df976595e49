namespace Breakout.Host.OperatorConsole;

/// <summary>The <c>Breakout:Console</c> configuration section: the operator console (docs/operations-console.md).</summary>
public sealed class ConsoleSettings
{
    /// <summary>Serve the console under <c>/console</c>. Off by default: then every <c>/console</c> URL is 404.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Client addresses the console answers, after <c>Breakout:TrustedProxies</c> has named the real client:
    /// <c>loopback</c> (the default: this machine only), <c>any</c>, or addresses and CIDR ranges, comma separated.
    /// Others get 404, as if the console were off.
    /// </summary>
    public string AllowedClients { get; set; } = Loopback;

    /// <summary>How long a sign-in lasts without use (sliding), in minutes.</summary>
    public int SignInMinutes { get; set; } = 60;

    public const string Loopback = "loopback";

    public const string Any = "any";
}
