namespace Breakout.Domain.Access;

/// <summary>Lockout and token lifetime. Defaults follow Cvent: a 30-minute lockout, tokens valid for an hour.</summary>
public sealed record LoginPolicy
{
    /// <summary>Consecutive failed logins that lock a user out.</summary>
    public int MaxFailedLogins { get; init; } = 5;

    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Tokens expire this long after login (not sliding), as Cvent's did.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Login's <c>ErrorMessage</c> for bad credentials or a request from an address the user may not use.</summary>
    public const string AccessDeniedMessage = "Access is denied.";

    /// <summary>Login's <c>ErrorMessage</c> while locked out; clients compare this text exactly.</summary>
    public const string LockedOutMessage = "Your account has been locked out. Please contact Customer care or wait for 30 minutes";
}
