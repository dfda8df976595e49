using Interop.Tests.Scenario;

namespace Interop.Tests;

/// <summary>Python suds (Debian python3-suds) loading Breakout's WSDL; suds speaks SOAP 1.1 only.</summary>
public sealed class SudsTests
{
    [Fact]
    public async Task Suds_WithServedWsdl_LogsIn_Registers_RetrievesEventsAndRegistration_Searches_AndGetsUpdated()
    {
        ClientTools.RequireSuds();
        await using var scenario = await SyncScenario.StartAsync();

        var output = await ClientTools.RunAsync(ClientTools.Python, ClientTools.SudsDirectory,
            Path.Combine(ClientTools.SudsDirectory, "scenario.py"), scenario.Endpoint, scenario.ManifestPath, scenario.StartDate, scenario.EndDate);

        var result = SyncResult.Parse(output);
        Assert.Contains("=\"http://schemas.xmlsoap.org/soap/envelope/\"", result.LastRequest);
        await scenario.AssertAnsweredAsync(result);
    }
}
