using Breakout.Domain;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    /// <summary>
    /// The audit log (api_calls, registration_history) names accounts, API users, sessions and registrants, history
    /// names its call, and seats name their session and registrant. Breakout never deletes those rows; a DELETE by hand
    /// of one that a seat or the log names is refused by the database (SQLite: its foreign keys; PostgreSQL: the
    /// triggers that replaced them, migrations 0008 and 0009), while rows nothing names can still be deleted.
    /// </summary>
    [Fact]
    public async Task DeleteByHand_OfARowASeatOrTheAuditLogNames_IsRefused_AndOfOneNothingNames_IsNot()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        var invitee = catalog.Accepted[1];
        Assert.Equal(RegistrationOutcome.Registered, (await RegisterAsync(tenant, catalog.Unlimited, invitee.Id)).Outcome);
        // Unregistered again: no seat names the session or the registrant any more, only the log.
        Assert.Equal(RegistrationOutcome.Unregistered, (await UnregisterAsync(tenant, catalog.Unlimited, invitee.Id)).Outcome);
        var account = tenant.Account.Key;
        var session = await ScalarAsync($"SELECT pk FROM sessions WHERE account_pk = {account} AND code = '{catalog.Unlimited.Code}'");
        var registrant = await ScalarAsync($"SELECT pk FROM registrants WHERE account_pk = {account} AND confirmation_number = '{invitee.ConfirmationNumber}'");
        var call = await ScalarAsync($"SELECT MAX(pk) FROM api_calls WHERE account_pk = {account}");

        foreach (var (table, key) in new[] { ("sessions", session), ("registrants", registrant), ("api_calls", call), ("api_users", tenant.User.Key) })
        {
            await AssertDeleteRefusedAsync(table, key);
        }

        // A seat alone (its history removed by hand) still keeps its session and registrant (SQLite: foreign keys;
        // PostgreSQL: the triggers of migration 0009).
        var seated = catalog.Accepted[2];
        Assert.Equal(RegistrationOutcome.Registered, (await RegisterAsync(tenant, catalog.Unlimited, seated.Id)).Outcome);
        var seatedKey = await ScalarAsync($"SELECT pk FROM registrants WHERE account_pk = {account} AND confirmation_number = '{seated.ConfirmationNumber}'");
        await Fixture.ExecuteOutsideAsync($"DELETE FROM registration_history WHERE session_pk = {session}");
        await AssertDeleteRefusedAsync("sessions", session);
        await AssertDeleteRefusedAsync("registrants", seatedKey);

        var spare = await Store.CreateApiUserAsync(account, "spare", "not-a-real-hash", "", TestContext.Current.CancellationToken);
        var unused = await ScalarAsync($"SELECT pk FROM sessions WHERE account_pk = {account} AND code = '{catalog.Small.Code}'");
        await Fixture.ExecuteOutsideAsync($"DELETE FROM api_users WHERE pk = {spare.Key}");
        await Fixture.ExecuteOutsideAsync($"DELETE FROM sessions WHERE pk = {unused}");
        Assert.Null(await Store.FindApiUserAsync(tenant.Account.AccountNumber, "spare", TestContext.Current.CancellationToken));
        Assert.Equal(CventErrors.InvalidProductId, (await RegisterAsync(tenant, catalog.Small, invitee.Id)).Error);
        await AssertInvariantsAsync();
    }

    /// <summary>Deleting row <paramref name="key"/> of <paramref name="table"/> behind the store's back is refused as a broken reference, and the row stays.</summary>
    private async Task AssertDeleteRefusedAsync(string table, long key)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Fixture.ExecuteOutsideAsync($"DELETE FROM {table} WHERE pk = {key}"));
        Assert.True(Fixture.IsForeignKeyViolation(refused), $"DELETE FROM {table} WHERE pk = {key}: {refused}");
        Assert.Equal(1L, await ScalarAsync($"SELECT COUNT(*) FROM {table} WHERE pk = {key}"));
    }

    private async Task<long> ScalarAsync(string sql) =>
        Convert.ToInt64(await Fixture.ExecuteOutsideAsync(sql) ?? throw new InvalidOperationException($"No row: {sql}"), System.Globalization.CultureInfo.InvariantCulture);
}
