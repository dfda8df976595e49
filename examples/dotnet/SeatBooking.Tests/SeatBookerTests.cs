using Breakout.Host.TestDouble;
using Breakout.Testing;

namespace SeatBooking;

/// <summary>The application's Cvent code tested against Breakout as a test double: seed, run, verify, inject a fault, reset.</summary>
public sealed class SeatBookerTests : IAsyncLifetime
{
    private const string Workshop = "A1B2C3D4-0000-4000-8000-000000000002";
    private const string Ada = "10000000-0000-4000-8000-000000000001";
    private const string Grace = "10000000-0000-4000-8000-000000000002";
    private const string Linus = "10000000-0000-4000-8000-000000000003";

    private CventDouble cvent = null!;

    public async ValueTask InitializeAsync() =>
        cvent = await CventDouble.StartAsync(new CventDoubleOptions { SeedFile = Path.Combine(AppContext.BaseDirectory, "cvent-seed.json") });

    public async ValueTask DisposeAsync() => await cvent.DisposeAsync();

    private SeatBooker Booker() => new(cvent.Url, cvent.Manifest.AccountNumber, cvent.Manifest.UserName, cvent.Manifest.Password);

    [Fact]
    public async Task Books_UntilTheWorkshopIsFull()
    {
        var refused = await Booker().BookAsync(Workshop, [Ada, Grace, Linus]);

        Assert.Equal(new Dictionary<string, string> { [Linus] = "BO90202" }, refused); // the seed gives the workshop 2 seats
        await cvent.VerifyAsync(calls => calls.SessionRegAction(Workshop).WithInvitee(Linus), Times.Once);
        await cvent.VerifyAsync(calls => calls.Operation("Login"), Times.Once);
    }

    [Fact]
    public async Task LogsInAgain_WhenTheSessionHeaderHasExpired()
    {
        await cvent.AddFaultAsync(new FaultRuleSpec { Operation = "SessionRegAction", Fault = "CV10105", Times = 1 });

        var refused = await Booker().BookAsync(Workshop, [Ada]);

        Assert.Empty(refused);
        await cvent.VerifyAsync(calls => calls.Operation("Login"), Times.Exactly(2));
        await cvent.VerifyAsync(calls => calls.SessionRegAction(Workshop).WithInvitee(Ada), Times.Exactly(2));
    }

    [Fact]
    public async Task AfterAReset_TheSeatsAreFreeAgain()
    {
        var booker = Booker();
        Assert.Empty(await booker.BookAsync(Workshop, [Ada, Grace]));

        await cvent.ResetAsync();

        Assert.Empty(await Booker().BookAsync(Workshop, [Ada, Grace]));
    }
}
