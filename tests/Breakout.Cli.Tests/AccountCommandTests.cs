namespace Breakout.Cli.Tests;

public sealed class AccountCommandTests
{
    [Fact]
    public async Task AccountCreate_CreatesTheAccount()
    {
        using var db = new TempDatabase();

        var run = await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme Events");

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var store = await db.OpenStoreAsync();
        var account = await store.FindAccountAsync("ACME01", TestContext.Current.CancellationToken);
        Assert.NotNull(account);
        Assert.Equal("Acme Events", account.Name);
    }

    [Fact]
    public async Task AccountCreate_WhenTheNumberExists_FailsWithAMessage()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");

        var run = await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme again");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountList_GivesEachAccountWithWhatItHolds_AsCsv()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ZED", "--name", "Zed, Inc.");
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "other", "--password", "x");

        var run = await db.RunAsync("account", "list", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal("number,name,created,apiUsers,events,sessions,contacts,invitees,guests,apiCalls", lines[0]);
        Assert.Matches(@"^ACME01,Acme,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,2,0,0,0,0,0,0$", lines[1]);
        Assert.Matches(@"^ZED,""Zed, Inc."",[^,]+,0,0,0,0,0,0,0$", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task AccountList_AsATable_HasAHeaderAndOneLinePerAccount()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");

        var run = await db.RunAsync("account", "list");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^Number\s+Name\s+Created\s+API users\s+Events\s+Sessions\s+Contacts\s+Invitees\s+Guests\s+Logged calls$", lines[0]);
        Assert.Matches(@"^ACME01\s+Acme\s+\S+\s+0\s+0\s+0\s+0\s+0\s+0\s+0$", lines[2]);
    }

    [Fact]
    public async Task AccountDelete_WithData_IsRefusedSayingWhatItHolds_AndDeletedWithForce()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x");
        await File.WriteAllTextAsync(db.File("events.csv"), "id,title,status,startAt,timeZone\n6F9619FF-8B86-D011-B42D-00C04FC964FF,Summit,Active,2027-06-14T09:00:00Z,UTC\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await db.RunAsync("import", "--account", "ACME01", db.File("events.csv"))).ExitCode);

        var refused = await db.RunAsync("account", "delete", "--number", "ACME01");

        Assert.Equal(1, refused.ExitCode);
        // The logged call is the import's (its changes are in the change feed under it).
        Assert.Contains("Account ACME01 holds 1 API user, 1 event, 0 sessions, 0 contacts, 0 invitees, 0 guests, 1 logged call; nothing was deleted. Add --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM events"));

        var forced = await db.RunAsync("account", "delete", "--number", "ACME01", "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal("Deleted account ACME01 (Acme) with 1 API user, 1 event, 0 sessions, 0 contacts, 0 invitees, 0 guests, 1 logged call.", forced.Out.TrimEnd());
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM events"));
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM api_users"));
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM accounts"));
    }

    [Fact]
    public async Task AccountDelete_OfAnEmptyAccount_NeedsNoForce_AndOfAnUnknownOne_Fails()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");

        var deleted = await db.RunAsync("account", "delete", "--number", "ACME01");
        var again = await db.RunAsync("account", "delete", "--number", "ACME01");

        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Account 'ACME01' does not exist", again.Error, StringComparison.Ordinal);
    }
}
