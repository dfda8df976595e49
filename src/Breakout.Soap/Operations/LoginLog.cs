using System.Net;
using Microsoft.Extensions.Logging;

namespace Breakout.Soap.Operations;

/// <summary>
/// What Login writes to the log: every refusal with its reason, lockouts, and successful logins, each with the
/// account number and user name as sent and the client's address; never the password or the token. Names come from
/// the request, so they are shortened and stripped of control characters before they are logged.
/// </summary>
internal static partial class LoginLog
{
    /// <summary>Longer names are cut to this many characters, so a flood of huge names cannot flood the log.</summary>
    private const int MaxLoggedName = 100;

    public const string UnknownUser = "unknown account or user";
    public const string UserDisabled = "user disabled";
    public const string LockedOut = "locked out";
    public const string AddressNotAllowed = "address not allowed";
    public const string WrongPasswordReason = "wrong password";

    [LoggerMessage(EventId = 2001, EventName = "LoginRefused", Level = LogLevel.Warning,
        Message = "Login refused for account {AccountNumber}, user {UserName} from {ClientIp}: {Reason}")]
    private static partial void Refused(ILogger logger, string accountNumber, string userName, string clientIp, string reason);

    [LoggerMessage(EventId = 2002, EventName = "LoginWrongPassword", Level = LogLevel.Warning,
        Message = "Login refused for account {AccountNumber}, user {UserName} from {ClientIp}: {Reason} (failed login {FailedLogins} of {MaxFailedLogins})")]
    private static partial void WrongPasswordRefused(
        ILogger logger, string accountNumber, string userName, string clientIp, string reason, int failedLogins, int maxFailedLogins);

    [LoggerMessage(EventId = 2003, EventName = "UserLockedOut", Level = LogLevel.Warning,
        Message = "User {UserName} of account {AccountNumber} locked out until {LockedUntil:O} after {FailedLogins} failed logins, the last from {ClientIp}")]
    private static partial void LockedOutUntil(ILogger logger, string userName, string accountNumber, DateTimeOffset lockedUntil, int failedLogins, string clientIp);

    [LoggerMessage(EventId = 2004, EventName = "LoginSucceeded", Level = LogLevel.Information,
        Message = "Login by user {UserName} of account {AccountNumber} from {ClientIp}{Previous}")]
    private static partial void Succeeded(ILogger logger, string userName, string accountNumber, string clientIp, string previous);

    public static void Refused(ILogger logger, string accountNumber, string userName, IPAddress? client, string reason) =>
        Refused(logger, Clean(accountNumber), Clean(userName), Address(client), reason);

    public static void WrongPassword(ILogger logger, string accountNumber, string userName, IPAddress? client, int failedLogins, int maxFailedLogins) =>
        WrongPasswordRefused(logger, Clean(accountNumber), Clean(userName), Address(client), WrongPasswordReason, failedLogins, maxFailedLogins);

    public static void Locked(ILogger logger, string accountNumber, string userName, IPAddress? client, DateTimeOffset until, int failedLogins) =>
        LockedOutUntil(logger, Clean(userName), Clean(accountNumber), until, failedLogins, Address(client));

    /// <summary>A success after failures says how many, and when a lockout that had run out ended.</summary>
    public static void Succeeded(ILogger logger, string accountNumber, string userName, IPAddress? client, int failedBefore, DateTimeOffset? lockoutEnded) =>
        Succeeded(logger, Clean(userName), Clean(accountNumber), Address(client),
            lockoutEnded is { } ended ? $" (a lockout ended {ended:O}; {failedBefore} failed logins before)"
            : failedBefore > 0 ? $" ({failedBefore} failed logins before)" : "");

    private static string Address(IPAddress? client) => client?.ToString() ?? "an unknown address";

    /// <summary>A name from the request, shortened and without control characters, fit for a log or a span.</summary>
    public static string Clean(string name)
    {
        var shown = name.Length > MaxLoggedName ? name[..MaxLoggedName] + "…" : name;
        return string.Concat(shown.Select(c => char.IsControl(c) ? '?' : c));
    }
}
