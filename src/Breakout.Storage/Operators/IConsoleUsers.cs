using Breakout.Domain.Access;

namespace Breakout.Storage.Operators;

/// <summary>
/// The operator console's users and the log of what they changed (<c>breakout console-user</c> and the console's
/// sign-in). Lockout follows the same <see cref="LoginPolicy"/> as API users.
/// </summary>
public interface IConsoleUsers
{
    /// <summary>Creates a console user, or replaces an existing one's password and ends its lockout.</summary>
    Task<ConsoleUserRecord> SaveConsoleUserAsync(string userName, string passwordHash, CancellationToken cancellationToken = default);

    Task<ConsoleUserRecord?> FindConsoleUserAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Every console user, by name.</summary>
    Task<IReadOnlyList<ConsoleUserRecord>> ListConsoleUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes a console user; false when there is none of that name. Its log entries stay.</summary>
    Task<bool> DeleteConsoleUserAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Clears the failed sign-in count and any lockout; null when there is no user of that name.</summary>
    Task<ConsoleUserRecord?> UnlockConsoleUserAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Counts a failed sign-in atomically and locks the user out once the policy's limit is reached.</summary>
    Task<ConsoleUserRecord> RecordConsoleSignInFailureAsync(long consoleUserKey, LoginPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Resets the failure count and records the time of the sign-in.</summary>
    Task RecordConsoleSignInAsync(long consoleUserKey, CancellationToken cancellationToken = default);

    /// <summary>Appends a change made in the console to its log.</summary>
    Task RecordConsoleActionAsync(ConsoleAction action, CancellationToken cancellationToken = default);

    /// <summary>The newest entries of the console's log, newest first.</summary>
    Task<IReadOnlyList<ConsoleAction>> RecentConsoleActionsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The API user under whose key the store logs the effects of console changes of an account in <c>api_calls</c>
    /// (a waitlist promotion after a capacity change): <see cref="ConsoleApiUserName"/>, created disabled and without a
    /// usable password the first time, so it can never log in.
    /// </summary>
    Task<long> ConsoleApiUserAsync(long accountKey, CancellationToken cancellationToken = default);

    /// <summary>The name of the API user that <see cref="ConsoleApiUserAsync"/> answers.</summary>
    public const string ConsoleApiUserName = "(console)";
}
