using Interop.Tests.Scenario;

namespace Interop.Tests;

/// <summary>
/// A hand-built Node client as gatsby_cvent writes one: SOAP 1.2 envelopes posted as <c>text/xml</c> with no
/// SOAPAction to <c>?op=…</c>, answers read with xml-js by their literal <c>soap:</c> keys, items joined by commas.
/// </summary>
public sealed class RawNodeTests
{
    [Fact]
    public async Task RawNode_Soap12AsTextXml_ReadsSoapPrefixedAnswers_WithCommaJoinedIdsAndFilters_RunsTheSyncScenario()
    {
        ClientTools.RequireXmlJs();
        await using var scenario = await SyncScenario.StartAsync();

        var output = await ClientTools.RunAsync("node", ClientTools.NodeDirectory,
            Path.Combine(ClientTools.NodeDirectory, "raw.js"), scenario.Endpoint, scenario.ManifestPath, scenario.StartDate, scenario.EndDate);

        var result = SyncResult.Parse(output);
        Assert.Contains("=\"http://www.w3.org/2003/05/soap-envelope\"", result.LastRequest);
        await scenario.AssertAnsweredAsync(result);
    }
}
