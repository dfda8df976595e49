using Breakout.TestSupport;

namespace Breakout.Host.Tests.TestDouble;

/// <summary>Snapshots and resets on PostgreSQL: refused unless allowed; when allowed, exact counts come back.</summary>
public sealed class PostgresSnapshotTests
{
    [Fact]
    public async Task ResetToASnapshot_RestoresTheExactCounts_OnPostgres_WhenAllowed()
    {
        var (database, skipReason) = await PostgresTestDatabase.TryCreateAsync();
        if (database is null)
        {
            Assert.Skip(skipReason!);
        }

        await using (database)
        {
            await using (var server = await BreakoutServer.StartAsync(
                ["--test-mode", "--postgres", database.ConnectionString, "--Breakout:Admin:AllowPostgresSnapshots=true"]))
            {
                var token = await server.LoginAsync();
                var (key, lounge) = (server.Session("KEY").Id, server.Session("NET").Id);
                var (keyAtStart, loungeAtStart) = (await server.RegisteredAsync(key), await server.RegisteredAsync(lounge));
                var invitees = server.AcceptedInvitees.Take(3).Select(i => i.Id).ToList();
                Assert.True((await server.SessionRegActionAsync(token, "Register", lounge, (invitees[0], null, null)))[0].Success);
                Assert.Equal(201, (await server.AdminPostAsync("snapshots/after-one.lounge")).Status);

                foreach (var invitee in invitees)
                {
                    Assert.True((await server.SessionRegActionAsync(token, "Register", key, (invitee, null, null)))[0].Success);
                }

                Assert.Equal(keyAtStart + 3, await server.RegisteredAsync(key));

                Assert.Equal(204, (await server.AdminPostAsync("reset/after-one.lounge")).Status);
                Assert.Equal((keyAtStart, loungeAtStart + 1), (await server.RegisteredAsync(key), await server.RegisteredAsync(lounge)));
                // The restored rows and sequences take new writes: the same registrations succeed again, and the
                // lounge registration kept by the snapshot is still there.
                Assert.True((await server.SessionRegActionAsync(token, "Register", key, (invitees[0], null, null)))[0].Success);
                Assert.Equal("CV90105", (await server.SessionRegActionAsync(token, "Register", lounge, (invitees[0], null, null)))[0].ErrorCode);
                Assert.Equal(keyAtStart + 1, await server.RegisteredAsync(key));

                Assert.Equal(204, (await server.AdminPostAsync("reset")).Status);
                Assert.Equal((keyAtStart, loungeAtStart), (await server.RegisteredAsync(key), await server.RegisteredAsync(lounge)));
                var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(token, "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />"), null);
                Assert.Equal("CV10104", reply.FaultCode); // issued after the start snapshot

                // The accounts page's kept counts (migration 0037) are counted afresh by the restore, not on top of
                // what its inserts counted.
                Assert.Equal(
                    (await database.ScalarAsync("SELECT COUNT(*) FROM registrants WHERE kind = 0"), await database.ScalarAsync("SELECT COUNT(*) FROM api_calls")),
                    (await database.ScalarAsync("SELECT CAST(SUM(invitees) AS bigint) FROM account_counts"), await database.ScalarAsync("SELECT CAST(SUM(api_calls) AS bigint) FROM account_counts")));

                Assert.Equal(404, (await server.AdminPostAsync("reset/never-saved")).Status);
            }

            Npgsql.NpgsqlConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task SnapshotsAndResets_AreRefused_OnPostgres_UnlessAllowed()
    {
        var (database, skipReason) = await PostgresTestDatabase.TryCreateAsync();
        if (database is null)
        {
            Assert.Skip(skipReason!);
        }

        await using (database)
        {
            await using (var server = await BreakoutServer.StartAsync(["--test-mode", "--postgres", database.ConnectionString]))
            {
                var (status, problem) = await server.AdminPostAsync("snapshots/before");
                Assert.Equal(409, status);
                Assert.Contains("AllowPostgresSnapshots", problem.ToString(), StringComparison.Ordinal);
                Assert.Equal(409, (await server.AdminPostAsync("reset/before")).Status);
                Assert.Equal(409, (await server.AdminPostAsync("reset")).Status);
                Assert.Equal(0L, await database.ScalarAsync("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'breakout_snapshot_%'"));
            }

            Npgsql.NpgsqlConnection.ClearAllPools();
        }
    }
}
