using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Domain.Contacts;
using Breakout.Domain.Events;
using Breakout.Domain.Objects;
using Breakout.Domain.Sessions;

namespace Breakout.Storage;

/// <summary>
/// Everything Breakout keeps. Implementations enforce the invariants (capacity, waitlist order, one seat per
/// registrant and session) inside their own transactions, and complete a write only once it is durable.
/// </summary>
public interface IBreakoutStore : IAccountAdministration, ISessionReports, IContactListMembers, Operators.IConsoleUsers, Operators.IConsoleQueries, Operators.ICallStatistics, IContactListWrites, IPlannerUsers, IEventParameters, IFieldsAndInvitees, ITransactions, ISurveyAnswers, IEmailOutbox, IIdempotentCalls, IChangeFeed, IWebhooks, IChangeFeedRetention, IAccountCounts, IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema by applying numbered migrations not yet applied.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>True when no account exists yet (used by <c>--demo</c> to seed only an empty database).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    Task<AccountRecord> CreateAccountAsync(string accountNumber, string name, CancellationToken cancellationToken = default);

    Task<AccountRecord?> FindAccountAsync(string accountNumber, CancellationToken cancellationToken = default);

    Task<ApiUserRecord> CreateApiUserAsync(long accountKey, string userName, string passwordHash, string allowedIps, CancellationToken cancellationToken = default);

    Task<ApiUserRecord?> FindApiUserAsync(string accountNumber, string userName, CancellationToken cancellationToken = default);

    /// <summary>Counts a failed login atomically and locks the user out once the policy's limit is reached.</summary>
    Task<ApiUserRecord> RecordFailedLoginAsync(long apiUserKey, LoginPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Resets the failure count and stores a new token (by hash) valid until <paramref name="expiresAt"/>.</summary>
    Task RecordSuccessfulLoginAsync(long apiUserKey, string tokenHash, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    Task<TokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates catalogue rows by ID; rows that cannot be applied are reported and skipped.</summary>
    Task<IReadOnlyList<ImportRowError>> ImportAsync(long accountKey, CatalogBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Applies a SessionRegAction call: one result per item, in order; durable when the task completes.</summary>
    Task<IReadOnlyList<SessionRegItemResult>> SessionRegActionAsync(SessionRegCommand command, CancellationToken cancellationToken = default);

    /// <summary>SimpleEventRegistration: changes invitee statuses; cancelling frees every session seat of the invitee and their guests.</summary>
    Task<IReadOnlyList<ItemResult>> SimpleEventRegistrationAsync(EventRegistrationCommand command, CancellationToken cancellationToken = default);

    /// <summary>TransferInvitee: finds, or creates with status No Response, each contact's invitee of an event; returns the invitee IDs.</summary>
    Task<IReadOnlyList<ItemResult>> TransferInviteeAsync(TransferInviteeCommand command, CancellationToken cancellationToken = default);

    /// <summary>ValidateInvitee: reads each invitee's registration, payment and check-in state for an event or session.</summary>
    Task<IReadOnlyList<ValidateInviteeOutcome>> ValidateInviteeAsync(ValidateInviteeQuery query, CancellationToken cancellationToken = default);

    /// <summary>CheckIn: marks (or unmarks) attendance at an event or a session.</summary>
    Task<IReadOnlyList<ItemResult>> CheckInAsync(CheckInCommand command, CancellationToken cancellationToken = default);

    /// <summary>
    /// CreateSession / UpdateSession. Raising a capacity promotes from the waitlist; lowering it below the current
    /// registrations removes no one (the item reports it).
    /// </summary>
    Task<IReadOnlyList<ItemResult>> SaveSessionsAsync(SaveSessionsCommand command, CancellationToken cancellationToken = default);

    /// <summary>
    /// CreateContact, UpdateContact or UpsertContact: one result per item, in order, all in one transaction. Contacts
    /// are matched by ID, or by e-mail address (case-insensitive) for duplicates and UpsertContact.
    /// </summary>
    Task<IReadOnlyList<ContactItemResult>> SaveContactsAsync(SaveContactsCommand command, CancellationToken cancellationToken = default);

    /// <summary>DeleteContact: marks contacts deleted (they are gone for every other call) and records each for GetDeleted.</summary>
    Task<IReadOnlyList<ContactItemResult>> DeleteContactsAsync(DeleteContactsCommand command, CancellationToken cancellationToken = default);

    /// <summary>One contact of the account as stored, or null when there is none of that ID or it was deleted.</summary>
    Task<ContactFields?> FindContactAsync(long accountKey, CventId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts one API call of an account on a quota day, atomically across nodes, unless the day's count has reached
    /// <paramref name="limit"/>. Returns the count including this call, or null when the limit was already reached.
    /// </summary>
    Task<long?> CountApiCallAsync(long accountKey, int day, long limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds <paramref name="calls"/> API calls counted elsewhere (in a node's memory while the quota is off) to an
    /// account's count of a quota day, atomically across nodes.
    /// </summary>
    Task AddApiCallsAsync(long accountKey, int day, long calls, CancellationToken cancellationToken = default);

    /// <summary>The number of API calls an account made on a quota day.</summary>
    Task<long> GetApiCallsAsync(long accountKey, int day, CancellationToken cancellationToken = default);

    /// <summary>
    /// Retrieve: the objects of a served type with these IDs in the account, in the order asked, each once; IDs that
    /// are unknown, of another account or of another type are left out.
    /// </summary>
    Task<IReadOnlyList<CvObjectRecord>> RetrieveAsync(long accountKey, CvObjectDescriptor type, IReadOnlyList<CventId> ids, CancellationToken cancellationToken = default);

    /// <summary>Search: the IDs of the account's objects matching the filters, in ID order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> SearchAsync(long accountKey, CvSearch search, int limit, CancellationToken cancellationToken = default);

    /// <summary>GetUpdated: IDs whose modification time is in [<paramref name="start"/>, <paramref name="end"/>), in ID order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> GetUpdatedAsync(long accountKey, CvObjectDescriptor type, DateTimeOffset start, DateTimeOffset end, int limit, CancellationToken cancellationToken = default);

    /// <summary>DescribeGlobal's <c>LookUps</c>: the account's custom fields, by category and code.</summary>
    Task<IReadOnlyList<LookUpRecord>> ListLookUpsAsync(long accountKey, CancellationToken cancellationToken = default);

    /// <summary>GetDeleted: IDs of objects of the type deleted in [<paramref name="start"/>, <paramref name="end"/>), in ID order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> GetDeletedAsync(long accountKey, CvObjectType type, DateTimeOffset start, DateTimeOffset end, int limit, CancellationToken cancellationToken = default);

    IAsyncEnumerable<RegistrationRow> ExportRegistrationsAsync(long accountKey, CancellationToken cancellationToken = default);

    /// <summary>Checks every invariant; an empty list means all hold.</summary>
    Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken = default);
}
