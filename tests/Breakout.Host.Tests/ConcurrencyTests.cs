using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>The overbooking race against one node on SQLite with many concurrent HTTP connections.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ManyConcurrentClients_NeverOverbook_AndPromoteInWaitlistOrder()
    {
        await using var server = await BreakoutServer.StartAsync();
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(server.Manifest.AccountNumber))!;
        var race = RegistrationRace.Create();
        Assert.Empty(await store.ImportAsync(account.Key, race.Batch));
        using var client = new SoapClient(server.Endpoint);
        var node = (client, await client.LoginAsync(server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password));

        var answers = await race.RegisterAllAsync([node], concurrency: 48);

        var (registered, waitlist) = await race.StateAsync(store, account.Key);
        Assert.Equal(RegistrationRace.Invitees, answers.Count);
        Assert.Equal(RegistrationRace.Capacity, registered.Count);
        Assert.Equal(RegistrationRace.WaitlistCapacity, waitlist.Count);
        Assert.Equal(registered.Order(), answers.Where(a => a.Value.Success).Select(a => a.Key).Order());
        var waitlistedAnswers = answers.Where(a => a.Value.ErrorCode == "BO90203")
            .OrderBy(a => int.Parse(a.Value.ErrorDescription!.Split(' ').Last(), System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Key);
        Assert.Equal(waitlist, waitlistedAnswers);
        Assert.Equal(RegistrationRace.Invitees - RegistrationRace.Capacity - RegistrationRace.WaitlistCapacity, answers.Count(a => a.Value.ErrorCode == "BO90202"));
        Assert.Empty(await store.VerifyAsync());

        var leaving = registered.Take(30).ToList();
        var unregistered = await race.UnregisterAsync([node], leaving);

        Assert.All(unregistered, r => Assert.True(r.Success));
        var (after, waitlistAfter) = await race.StateAsync(store, account.Key);
        Assert.Equal(registered.Except(leaving).Concat(waitlist.Take(30)).Order(), after.Order());
        Assert.Equal(waitlist.Skip(30), waitlistAfter);
        Assert.Empty(await store.VerifyAsync());
        var (exit, report) = await VerifyCommand.RunAsync("--db", server.DatabasePath);
        Assert.True(exit == 0, report);
    }
}
