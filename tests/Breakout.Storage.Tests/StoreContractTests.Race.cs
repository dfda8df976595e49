namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Race_ManyCallersForFewSeats_NeverOverbookAndPromoteInWaitlistOrder()
    {
        var tenant = await NewTenantAsync(RegistrationRace.Catalog());

        await RegistrationRace.RunAsync(_ => Store, tenant);
    }
}
