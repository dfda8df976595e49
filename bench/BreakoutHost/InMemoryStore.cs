using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Storage;

namespace Breakout.Bench;

/// <summary>
/// A bench-only store that keeps everything in dictionaries under one lock, so that measuring Breakout with it
/// measures the protocol path (HTTP, XML in and out, authentication, rules) without any database. Never shipped:
/// it keeps no history, no waitlist order across restarts, and nothing survives the process. It has the methods of
/// <see cref="IBreakoutStore"/> that the SessionRegAction path and the demo seeding use, and is exposed through
/// <see cref="InMemoryStoreProxy"/>, so that operations added to the interface later do not break the bench build.
/// </summary>
internal sealed class InMemoryStore(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, AccountRecord> accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, ApiUserRecord> users = [];
    private readonly Dictionary<string, TokenRecord> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Account, Guid Id), long> events = [];
    private readonly Dictionary<(long Account, Guid Id), SessionState> sessions = [];
    private readonly Dictionary<(long Account, Guid Id), Registrant> registrants = [];
    private readonly HashSet<(long Session, long Registrant)> seats = [];
    private readonly HashSet<(long Session, long Registrant)> waitlist = [];
    private readonly Dictionary<(long Account, int Day), long> apiCalls = [];
    private long nextKey;

    private sealed record Registrant(long Key, CventId Id, RegistrantKind Kind, long EventKey, InviteeStatus Status);

    public Task MigrateAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>The host flushes the calls it counted in memory every second.</summary>
    public Task AddApiCallsAsync(long accountKey, int day, long calls, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            apiCalls[(accountKey, day)] = apiCalls.GetValueOrDefault((accountKey, day)) + calls;
            return Task.CompletedTask;
        }
    }

    public Task<long> GetApiCallsAsync(long accountKey, int day, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(apiCalls.GetValueOrDefault((accountKey, day)));
        }
    }

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(accounts.Count == 0);
        }
    }

    public Task<AccountRecord> CreateAccountAsync(string accountNumber, string name, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var account = new AccountRecord(++nextKey, accountNumber, name);
            accounts.Add(accountNumber, account);
            return Task.FromResult(account);
        }
    }

    public Task<AccountRecord?> FindAccountAsync(string accountNumber, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(accounts.GetValueOrDefault(accountNumber));
        }
    }

    public Task<ApiUserRecord> CreateApiUserAsync(long accountKey, string userName, string passwordHash, string allowedIps, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var user = new ApiUserRecord(++nextKey, accountKey, userName, passwordHash, allowedIps, true, 0, null);
            users.Add(user.Key, user);
            return Task.FromResult(user);
        }
    }

    public Task<ApiUserRecord?> FindApiUserAsync(string accountNumber, string userName, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(accounts.TryGetValue(accountNumber, out var account)
                ? users.Values.FirstOrDefault(u => u.AccountKey == account.Key && u.UserName == userName)
                : null);
        }
    }

    public Task<ApiUserRecord> RecordFailedLoginAsync(long apiUserKey, LoginPolicy policy, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var user = users[apiUserKey];
            var failed = user.FailedLogins + 1;
            user = user with { FailedLogins = failed, LockedUntil = failed >= policy.MaxFailedLogins ? time.GetUtcNow() + policy.LockoutDuration : user.LockedUntil };
            users[apiUserKey] = user;
            return Task.FromResult(user);
        }
    }

    public Task RecordSuccessfulLoginAsync(long apiUserKey, string tokenHash, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var user = users[apiUserKey] with { FailedLogins = 0, LockedUntil = null };
            users[apiUserKey] = user;
            tokens[tokenHash] = new TokenRecord(user.AccountKey, user.Key, user.AllowedIps, user.Active, expiresAt);
            return Task.CompletedTask;
        }
    }

    public Task<TokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(tokens.GetValueOrDefault(tokenHash));
        }
    }

    public Task<IReadOnlyList<ImportRowError>> ImportAsync(long accountKey, CatalogBatch batch, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            foreach (var e in batch.Events)
            {
                events.TryAdd((accountKey, e.Id.Value), ++nextKey);
            }

            foreach (var s in batch.Sessions)
            {
                var eventKey = events[(accountKey, s.EventId.Value)];
                var eventStatus = batch.Events.FirstOrDefault(e => e.Id == s.EventId)?.Status ?? EventStatus.Active;
                sessions[(accountKey, s.Id.Value)] = new SessionState(++nextKey, s.Id, eventKey, eventStatus, s.Status, s.AutoCloseAt, s.Capacity, 0,
                    s.EnableWaitlist, s.WaitlistCapacity, 0, s.Included, s.Group);
            }

            foreach (var i in batch.Invitees)
            {
                registrants[(accountKey, i.Id.Value)] = new Registrant(++nextKey, i.Id, RegistrantKind.Invitee, events[(accountKey, i.EventId.Value)], i.Status);
            }

            foreach (var g in batch.Guests)
            {
                var host = registrants[(accountKey, g.InviteeId.Value)];
                registrants[(accountKey, g.Id.Value)] = new Registrant(++nextKey, g.Id, RegistrantKind.Guest, host.EventKey, g.Status);
            }

            return Task.FromResult<IReadOnlyList<ImportRowError>>([]);
        }
    }

    public Task<IReadOnlyList<SessionRegItemResult>> SessionRegActionAsync(SessionRegCommand command, CancellationToken cancellationToken = default)
    {
        var results = new List<SessionRegItemResult>(command.Items.Count);
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!CventId.TryParse(command.ProductId, out var productId) || !sessions.TryGetValue((command.AccountKey, productId.Value), out var session))
            {
                results.AddRange(command.Items.Select(item => Refused(item, CventErrors.InvalidProductId)));
                return Task.FromResult<IReadOnlyList<SessionRegItemResult>>(results);
            }

            foreach (var item in command.Items)
            {
                // Only IDs are resolved: the bench load never sends confirmation numbers.
                if (!CventId.TryParse(item.Id, out var id) || !registrants.TryGetValue((command.AccountKey, id.Value), out var r))
                {
                    results.Add(Refused(item, CventErrors.InviteeDoesNotExist));
                    continue;
                }

                var seat = (session.Key, r.Key);
                var placement = seats.Contains(seat) ? Placement.Registered : waitlist.Contains(seat) ? Placement.Waitlisted : Placement.None;
                var decision = SessionRegistrationRules.Decide(command.Action, session, new RegistrantState(r.Key, r.Id, r.Kind, r.EventKey, r.Status, placement, false), now);
                switch (decision.Outcome)
                {
                    case RegistrationOutcome.Registered:
                        seats.Add(seat);
                        session = session with { RegisteredCount = session.RegisteredCount + 1 };
                        break;
                    case RegistrationOutcome.Waitlisted:
                        waitlist.Add(seat);
                        session = session with { WaitlistedCount = session.WaitlistedCount + 1 };
                        break;
                    case RegistrationOutcome.Unregistered:
                        seats.Remove(seat);
                        session = session with { RegisteredCount = session.RegisteredCount - 1 };
                        break;
                    case RegistrationOutcome.LeftWaitlist:
                        waitlist.Remove(seat);
                        session = session with { WaitlistedCount = session.WaitlistedCount - 1 };
                        break;
                }

                results.Add(new SessionRegItemResult(r.Id.ToString(), string.IsNullOrEmpty(item.MessageId) ? null : item.MessageId, decision.Outcome, decision.Error));
            }

            sessions[(command.AccountKey, productId.Value)] = session;
        }

        return Task.FromResult<IReadOnlyList<SessionRegItemResult>>(results);
    }

    public async IAsyncEnumerable<RegistrationRow> ExportRegistrationsAsync(long accountKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<string>>([]);

    // The host's periodic jobs (idempotency-key and change-feed purges, webhook delivery, the console's account
    // counts) call these once a second; this store keeps none of what they work on, so there is nothing to do. Without
    // them each poll logged a NotSupportedException from the proxy.
    public Task<int> PurgeIdempotencyKeysAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    public Task<int> PurgeChangesAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken = default) => Task.FromResult(0);

    public Task<IReadOnlyList<WebhookRecord>> LeaseDueWebhooksAsync(string node, TimeSpan lease, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WebhookRecord>>([]);

    public Task<long> FoldAccountCountsAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static SessionRegItemResult Refused(SessionRegItem item, CventError error) =>
        new(CventId.TryParse(item.Id, out var id) ? id.ToString() : item.Id, string.IsNullOrEmpty(item.MessageId) ? null : item.MessageId, RegistrationOutcome.Refused, error);
}
