using Breakout.Domain;

namespace Breakout.Storage.Tests;

/// <summary>
/// On PostgreSQL seats and the audit log have no foreign keys (migrations 0008, 0009), so a row naming a missing one
/// can be written by hand; <c>breakout verify</c> must then say which. A database of its own: it is left inconsistent on purpose.
/// </summary>
public sealed class PostgresAuditLogTests(PostgresStoreFixture fixture) : IClassFixture<PostgresStoreFixture>
{
    [Fact]
    public async Task Verify_SeatsAndLogRowsNamingMissingRows_AreListedWithWhatIsMissing()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = fixture.Store;
        var catalog = new TestCatalog();
        var account = await store.CreateAccountAsync("AUDIT01", "Audit", ct);
        var user = await store.CreateApiUserAsync(account.Key, "api", "not-a-real-hash", "", ct);
        Assert.Empty(await store.ImportAsync(account.Key, catalog.Batch, ct));
        var registered = await store.SessionRegActionAsync(
            new SessionRegCommand(account.Key, user.Key, Guid.NewGuid(), SessionRegActionType.Register, catalog.Unlimited.Id.ToString(), [new(catalog.Accepted[0].Id.ToString(), null, null)]), ct);
        Assert.Equal(RegistrationOutcome.Registered, Assert.Single(registered).Outcome);
        Assert.Empty(await store.VerifyAsync(ct));

        var call = await fixture.ExecuteOutsideAsync($"SELECT MAX(pk) FROM api_calls WHERE account_pk = {account.Key}");
        var registrant = await fixture.ExecuteOutsideAsync($"SELECT MAX(registrant_pk) FROM registration_history WHERE call_pk = {call}");
        var history = await fixture.ExecuteOutsideAsync(
            $"INSERT INTO registration_history (call_pk, session_pk, registrant_pk, action) VALUES ({call}, 987654321, {registrant}, 1) RETURNING pk");
        var orphanCall = await fixture.ExecuteOutsideAsync(
            $"INSERT INTO api_calls (account_pk, api_user_pk, call_id, operation, at) VALUES ({account.Key}, 987654322, 'by hand', 'SessionRegAction', 0) RETURNING pk");

        await fixture.ExecuteOutsideAsync($"INSERT INTO session_registrations (session_pk, registrant_pk, registered_at) VALUES (987654323, {registrant}, 0)");

        Assert.Equal(
            [
                $"seat names a missing row: 987654323/{registrant} (session)",
                $"history row names a missing row: {history} (session 987654321)",
                $"API call row names a missing row: {orphanCall} (API user 987654322)",
            ],
            await store.VerifyAsync(ct));
    }
}
