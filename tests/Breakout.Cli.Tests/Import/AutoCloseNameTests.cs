namespace Breakout.Cli.Tests.Import;

/// <summary>Sessions' closing time is <c>autoCloseDate</c> (Cvent's and the demo manifest's name); <c>autoCloseAt</c> still works.</summary>
public sealed class AutoCloseNameTests
{
    [Theory]
    [InlineData("autoCloseDate")]
    [InlineData("autoCloseAt")]
    public async Task ImportSession_TakesTheClosingTimeUnderEitherName(string name)
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), $$"""
            {
              "events": [ { "id": "6F9619FF-8B86-D011-B42D-00C04FC964FF", "title": "Summit", "status": "Active", "startAt": "2027-06-14T09:00:00Z" } ],
              "sessions": [ { "id": "A1B2C3D4-0000-4000-8000-000000000001", "eventId": "6F9619FF-8B86-D011-B42D-00C04FC964FF", "name": "Keynote",
                              "{{name}}": "2027-06-01T00:00:00Z" } ]
            }
            """, TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("unknown", run.Error, StringComparison.Ordinal);
        Assert.Equal(
            new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
            await db.ScalarAsync("SELECT auto_close_at FROM sessions"));
    }
}
