using Breakout.Soap.Operations;
using Breakout.TestSupport;
using Interop.Tests.Scenario;

namespace Interop.Tests;

/// <summary>
/// Apache Axis 1.4 (Debian libaxis-java): WSDL2Java generates a proxy from Breakout's served WSDL and from Cvent's
/// own, javac compiles all of it (every operation, implemented or not), and the proxy runs Login, SessionRegAction,
/// Retrieve, Search, GetUpdated and an operation Breakout does not implement against Breakout's demo tenant.
/// </summary>
public sealed class AxisTests
{
    [Fact]
    public async Task Axis_WithServedWsdl_GeneratesAProxyThatCompiles_AndRegistersRetrievesSearchesAndGetsUpdates()
    {
        AxisTools.Require();
        await using var server = await BreakoutServer.StartAsync();
        using var work = new WorkDirectory();

        var sources = await AxisTools.GenerateAsync(server.Endpoint + "?WSDL", work.Path, wrapArrays: true);

        await AssertScenarioAsync(server, work.Path, sources);
    }

    [Fact]
    public async Task Axis_WithReferenceWsdl_AndTheEndpointGiven_RegistersRetrievesSearchesAndGetsUpdates()
    {
        AxisTools.Require();
        await using var server = await BreakoutServer.StartAsync();
        using var work = new WorkDirectory();

        var sources = await AxisTools.GenerateAsync(SharedFiles.ReferenceWsdl, work.Path, wrapArrays: true);

        await AssertScenarioAsync(server, work.Path, sources);
    }

    [Fact]
    public async Task Axis_WithServedWsdl_AndDefaultOptions_GeneratesAProxyThatCompiles_WithEveryOperation()
    {
        // Without --wrapArrays Axis maps Cvent's detail types differently; the proxy must still compile, every operation
        // included (open-content placeholders made WSDL2Java generate a proxy that did not).
        AxisTools.Require();
        await using var server = await BreakoutServer.StartAsync();
        using var work = new WorkDirectory();

        var sources = await AxisTools.GenerateAsync(server.Endpoint + "?WSDL", work.Path, wrapArrays: false);
        await AxisTools.CompileAsync(sources, Path.Combine(work.Path, "classes"));

        var port = await File.ReadAllTextAsync(sources.Single(s => Path.GetFileName(s) == "V200611Soap.java"), TestContext.Current.CancellationToken);
        foreach (var operation in OperationCatalogue.AllOperationNames)
        {
            Assert.Contains(" " + char.ToLowerInvariant(operation[0]) + operation[1..] + "(", port, StringComparison.Ordinal);
        }
    }

    private static async Task AssertScenarioAsync(BreakoutServer server, string work, IReadOnlyList<string> sources)
    {
        var classes = Path.Combine(work, "classes");
        await AxisTools.CompileAsync([.. sources, Path.Combine(AxisTools.JavaDirectory, "AxisScenario.java")], classes);
        var invitee = InteropScenario.Invitee(server);
        var session = InteropScenario.ProductId(server);
        var manifest = server.Manifest;

        var facts = await AxisTools.RunScenarioAsync(classes, server.Endpoint, manifest.AccountNumber, manifest.UserName, manifest.Password,
            server.Conference.Id, session, invitee, InteropScenario.MissingInvitee);

        Assert.Equal("true", facts["login.success"].Single());
        Assert.Equal(server.Endpoint, facts["login.serverUrl"].Single());
        Assert.Equal(
            [$"{invitee}|msg-1|true|", $"{InteropScenario.MissingInvitee}|msg-2|false|CV84001:Invitee ID does not exist;"],
            facts["register"], StringComparer.OrdinalIgnoreCase);

        // Retrieve answers xsi:type="Registration"; the proxy built a Registration, details included.
        Assert.Equal("Registration", facts["registration.class"].Single());
        Assert.Equal(invitee, facts["registration.id"].Single(), ignoreCase: true);
        Assert.Equal(invitee, facts["registration.inviteeId"].Single(), ignoreCase: true);
        Assert.Equal(server.Conference.Id, facts["registration.eventId"].Single(), ignoreCase: true);
        Assert.Equal(server.Conference.Title, facts["registration.eventTitle"].Single());
        Assert.Contains($"{session}|Session|Registered", facts["registration.order"], StringComparer.OrdinalIgnoreCase);
        Assert.Equal("Event", facts["event.class"].Single());
        Assert.Equal(server.Conference.Title, facts["event.title"].Single());

        Assert.Contains(invitee, facts["search"], StringComparer.OrdinalIgnoreCase);
        Assert.Contains(invitee, facts["updated"], StringComparer.OrdinalIgnoreCase);

        // Declared as Cvent declares it, so the proxy sends it; Breakout answers the fault it documents.
        Assert.Equal("BO10001|OPERATION_NOT_SUPPORTED", facts["addAdvancedLogic"].Single());
    }

    /// <summary>A scratch directory for generated sources and classes, removed afterwards.</summary>
    private sealed class WorkDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("breakout-axis-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
