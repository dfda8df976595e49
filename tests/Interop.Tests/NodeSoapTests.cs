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
    public async Task NodeSoap_WithServedWsdl_RetrievesASpeakerATransactionAndAResponse_ReadingEachByXsiType()
    {
        ClientTools.RequireNodeSoap();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync("node", ClientTools.NodeDirectory,
            Path.Combine(ClientTools.NodeDirectory, "declared_objects.js"), server.Endpoint, InteropScenario.ManifestPath(server));

        DeclaredObjectsResult.AssertDecoded(server, output);
        DeclaredObjectsResult.AssertResponseDecoded(server, output);
    }

    [Fact]
    public async Task NodeSoap_WithServedWsdl_ManageDistributionListMembers_AddsAddsAsPendingAndRemoves_ReadingEachItemsResult()
    {
        ClientTools.RequireNodeSoap();
        await using var server = await BreakoutServer.StartAsync();
        var setup = await ListMembersScenario.PrepareAsync(server);

        var output = await ClientTools.RunAsync("node", ClientTools.NodeDirectory, Path.Combine(ClientTools.NodeDirectory, "list_members.js"),
            server.Endpoint, InteropScenario.ManifestPath(server), setup.ListId, setup.First, setup.Second);

        await ListMembersScenario.AssertAnsweredAsync(server, setup, ListMembersScenario.Parse(output));
    }

    [Fact]
    public async Task NodeSoap_WithServedWsdl_CopiesTheDemoConference_AndReadsTheNewEventsId()
    {
        ClientTools.RequireNodeSoap();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync("node", ClientTools.NodeDirectory,
            Path.Combine(ClientTools.NodeDirectory, "copy_event.js"), server.Endpoint, InteropScenario.ManifestPath(server));

        await CopyEventOutcome.Parse(output).AssertCopiedAsync(server, "node-copy");
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
