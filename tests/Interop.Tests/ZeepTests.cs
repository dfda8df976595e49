using Breakout.TestSupport;
using Interop.Tests.Scenario;

namespace Interop.Tests;

/// <summary>Python zeep (Debian python3-zeep) loading Breakout's WSDL, and Cvent's own WSDL pointed at Breakout.</summary>
public sealed class ZeepTests
{
    [Theory]
    [InlineData("soap11", "Soap11Binding")]
    [InlineData("soap12", "Soap12Binding")]
    public async Task Zeep_WithServedWsdl_LogsIn_Registers_ReadsItemErrors_Validates_RetrievesAndSearches_AndUnregisters(string version, string binding)
    {
        ClientTools.RequireZeep();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync(ClientTools.Python, ClientTools.PythonDirectory,
            Path.Combine(ClientTools.PythonDirectory, "served_wsdl.py"), server.Endpoint, InteropScenario.ManifestPath(server), version);

        var result = ScenarioResult.Parse(output);
        Assert.Equal(binding, result.Binding);
        InteropScenario.AssertAnswered(server, result);
        InteropScenario.AssertValidateInviteeRequest(result.LastRequest);
    }

    [Fact]
    public async Task Zeep_WithReferenceWsdl_AndServiceAddressOverridden_LogsIn_RunsSessionRegActionAndValidateInvitee_RetrievesAndSearches()
    {
        ClientTools.RequireZeep();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync(ClientTools.Python, ClientTools.PythonDirectory,
            Path.Combine(ClientTools.PythonDirectory, "reference_wsdl.py"), server.Endpoint, InteropScenario.ManifestPath(server), SharedFiles.ReferenceWsdl);

        var result = ScenarioResult.Parse(output);
        Assert.Equal("Soap11Binding", result.Binding);
        InteropScenario.AssertAnswered(server, result);
        InteropScenario.AssertValidateInviteeRequest(result.LastRequest);
    }

    [Fact]
    public async Task Zeep_WithServedWsdl_RetrievesASpeakerATransactionAndAResponse_DecodingEachByXsiType()
    {
        ClientTools.RequireZeep();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync(ClientTools.Python, ClientTools.PythonDirectory,
            Path.Combine(ClientTools.PythonDirectory, "declared_objects.py"), server.Endpoint, InteropScenario.ManifestPath(server));

        DeclaredObjectsResult.AssertDecoded(server, output);
        DeclaredObjectsResult.AssertResponseDecoded(server, output); // #17 part B
    }

    [Fact]
    public async Task Zeep_WithServedWsdl_ManageDistributionListMembers_AddsAddsAsPendingAndRemoves_ReadingEachItemsResult()
    {
        ClientTools.RequireZeep();
        await using var server = await BreakoutServer.StartAsync();
        var setup = await ListMembersScenario.PrepareAsync(server);

        var output = await ClientTools.RunAsync(ClientTools.Python, ClientTools.PythonDirectory, Path.Combine(ClientTools.PythonDirectory, "list_members.py"),
            server.Endpoint, InteropScenario.ManifestPath(server), setup.ListId, setup.First, setup.Second);

        await ListMembersScenario.AssertAnsweredAsync(server, setup, ListMembersScenario.Parse(output));
    }

    [Fact]
    public async Task Zeep_WithServedWsdl_CopiesTheDemoConference_AndReadsTheNewEventsId()
    {
        ClientTools.RequireZeep();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync(ClientTools.Python, ClientTools.PythonDirectory,
            Path.Combine(ClientTools.PythonDirectory, "copy_event.py"), server.Endpoint, InteropScenario.ManifestPath(server));

        await CopyEventOutcome.Parse(output).AssertCopiedAsync(server, "zeep-copy");
    }

    [Fact]
    public async Task Zeep_WithServedWsdl_CreatesATransactionOfTenCents_AndRetrievesItExactly()
    {
        ClientTools.RequireZeep();
        await using var server = await BreakoutServer.StartAsync();

        var output = await ClientTools.RunAsync(ClientTools.Python, ClientTools.PythonDirectory,
            Path.Combine(ClientTools.PythonDirectory, "create_transaction.py"), server.Endpoint, InteropScenario.ManifestPath(server));

        CreatedTransactionResult.AssertCreated(server, output, "zeep-1"); // #18
    }
}
