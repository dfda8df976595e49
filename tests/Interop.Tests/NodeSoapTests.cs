using Breakout.TestSupport;
using Interop.Tests.Scenario;

namespace Interop.Tests;

/// <summary>node-soap (npm soap 1.13.0) loading Breakout's WSDL.</summary>
public sealed class NodeSoapTests
{
    [Theory]
    [InlineData("soap11", "http://schemas.xmlsoap.org/soap/envelope/")]
    [InlineData("soap12", "http://www.w3.org/2003/05/soap-envelope")]
    public async Task NodeSoap_WithServedWsdl_LogsIn_Registers_ReadsItemErrors_Validates_RetrievesAndSearches_AndUnregisters(string version, string envelopeNamespace)
    {
        ClientTools.RequireNodeSoap();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync("node", ClientTools.NodeDirectory,
            Path.Combine(ClientTools.NodeDirectory, "scenario.js"), server.Endpoint, InteropScenario.ManifestPath(server), version);

        var result = ScenarioResult.Parse(output);
        Assert.Contains($"=\"{envelopeNamespace}\"", result.LastRequest);
        InteropScenario.AssertAnswered(server, result);
        InteropScenario.AssertValidateInviteeRequest(result.LastRequest);
    }

    [Fact]
    public async Task NodeSoap_WithServedWsdl_RetrievesASpeakerAndATransaction_ReadingEachByXsiType()
    {
        ClientTools.RequireNodeSoap();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync("node", ClientTools.NodeDirectory,
            Path.Combine(ClientTools.NodeDirectory, "declared_objects.js"), server.Endpoint, InteropScenario.ManifestPath(server));

        DeclaredObjectsResult.AssertDecoded(server, output);
    }

    [Fact]
    public async Task NodeSoap_WithServedWsdl_CreatesATransactionOfTenCents_AndRetrievesItExactly()
    {
        ClientTools.RequireNodeSoap();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync("node", ClientTools.NodeDirectory,
            Path.Combine(ClientTools.NodeDirectory, "create_transaction.js"), server.Endpoint, InteropScenario.ManifestPath(server));

        CreatedTransactionResult.AssertCreated(server, output, "node-1"); // #18
    }
}
