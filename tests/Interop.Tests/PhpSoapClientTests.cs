using Interop.Tests.Scenario;

namespace Interop.Tests;

/// <summary>
/// PHP's SoapClient (Debian php-soap) in WSDL mode with a wsdl2php-style classmap, as generated Cvent clients use it,
/// over SOAP 1.1 and 1.2.
/// </summary>
public sealed class PhpSoapClientTests
{
    [Theory]
    [InlineData("soap11", "http://schemas.xmlsoap.org/soap/envelope/")]
    [InlineData("soap12", "http://www.w3.org/2003/05/soap-envelope")]
    public async Task PhpSoapClient_WithClassmap_LogsIn_Registers_RetrievesEventsAndRegistration_Searches_AndGetsUpdated(string version, string envelopeNamespace)
    {
        ClientTools.RequirePhpSoap();
        await using var scenario = await SyncScenario.StartAsync();

        var output = await ClientTools.RunAsync("php", ClientTools.PhpDirectory,
            Path.Combine(ClientTools.PhpDirectory, "scenario.php"), scenario.Endpoint, scenario.ManifestPath, version, scenario.StartDate, scenario.EndDate);

        var result = SyncResult.Parse(output);
        Assert.Contains($"=\"{envelopeNamespace}\"", result.LastRequest);
        await scenario.AssertAnsweredAsync(result);
    }
}
