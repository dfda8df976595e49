namespace Breakout.Storage;

/// <summary>
/// What an operator does to accounts and API users outside the SOAP API (the <c>breakout</c> command line): list them,
/// unlock, disable, change passwords, delete. Creating and finding them is on <see cref="IBreakoutStore"/>, which the
/// SOAP operations share.
/// </summary>
public interface IAccountAdministration
{
    /// <summary>Every account, by account number, with what it holds.</summary>
    Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken cancellationToken = default);

    /// <summary>The API users of an account, by name, with their lockout state and last login.</summary>
    Task<IReadOnlyList<ApiUserSummary>> ListApiUsersAsync(long accountKey, CancellationToken cancellationToken = default);

    /// <summary>Clears the failed-login count and any lockout; answers the user as it is now.</summary>
    Task<ApiUserRecord> UnlockApiUserAsync(long apiUserKey, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password hash and clears any lockout; tokens already issued stay valid until they expire.</summary>
    Task<ApiUserRecord> SetApiUserPasswordAsync(long apiUserKey, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Enables or disables a user. A disabled user cannot log in, and its tokens are refused at once on this node
    /// (within the token cache lifetime on others).
    /// </summary>
    Task<ApiUserRecord> SetApiUserActiveAsync(long apiUserKey, bool active, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a user and its tokens, unless the audit log names it (it made calls that changed registrations): then
    /// nothing is deleted and the answer is the number of those calls. Zero means it was deleted.
    /// </summary>
    Task<long> DeleteApiUserAsync(long apiUserKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes an account with its users and tokens. When it holds data (events, sessions, contacts, invitees, guests
    /// or logged calls) it is deleted only with <paramref name="force"/>, with all of that data; otherwise nothing is
    /// deleted. Either way the answer says what the account held.
    /// </summary>
    Task<AccountDeletion> DeleteAccountAsync(long accountKey, bool force, CancellationToken cancellationToken = default);
}
