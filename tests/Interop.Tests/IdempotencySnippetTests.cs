using System.ServiceModel;
using System.Text.Json;
using Breakout.Storage;
using Breakout.TestSupport;
using Interop.Tests.Scenario;
using Interop.Tests.Wcf;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Tests;

/// <summary>
/// The client snippets of docs/idempotency.md ("From a SOAP client"), taken from the page and run by the real clients
/// against Breakout: the call, then its retry with the same key, answers the same bytes and registers once. A snippet
/// changed on the page is the snippet run; one that no longer works fails here.
/// </summary>
public sealed class IdempotencySnippetTests
{
    private const string Page = "idempotency.md";

    [Fact]
    public async Task Zeep_TheDocumentedSnippet_AndItsRetry_AnswerTheSameBytes_AndRegisterOnce()
    {
        ClientTools.RequireZeep();
        await RunScriptedSnippetAsync("**Python, zeep**", "python", ClientTools.Python, ClientTools.PythonDirectory, "idempotency_snippet.py");
    }

    [Fact]
    public async Task PhpSoapClient_TheDocumentedSnippet_AndItsRetry_AnswerTheSameBytes_AndRegisterOnce()
    {
        ClientTools.RequirePhpSoap();
        await RunScriptedSnippetAsync("**PHP, SoapClient**", "php", "php", ClientTools.PhpDirectory, "idempotency_snippet.php");
    }

    [Fact]
    public async Task NodeSoap_TheDocumentedSnippet_AndItsRetry_AnswerTheSameBytes_AndRegisterOnce()
    {
        ClientTools.RequireNodeSoap();
        await RunScriptedSnippetAsync("**Node.js, node-soap**", "js", "node", ClientTools.NodeDirectory, "idempotency_snippet.js");
    }

    [Fact]
    public async Task Wcf_TheDocumentedInspector_AndItsRetry_AnswerTheSameBytes_AndRegisterOnce()
    {
        var answers = new IdempotentResponses();
        await using var server = await BreakoutServer.StartAsync(configure: answers.AddTo);
        Assert.Equal(InspectorAsShown(), DocSnippet.Block(Page, "**.NET, WCF**", "csharp"));
        Assert.Equal(UsageAsWrittenHere(), DocSnippet.Block(Page, "Add it to the endpoint once", "csharp"));
        var login = await LoginAsync(server);
        var factory = new ChannelFactory<IV200611Soap>(new BasicHttpBinding(), new EndpointAddress(login.ServerURL));
        var request = new SessionRegActionRequest
        {
            CventSessionHeader = new CventSessionHeader { CventSessionValue = login.CventSessionHeader },
            CvInvitees = new SessionRegInvitee
            {
                SessionRegActionType = "Register",
                ProductId = InteropScenario.ProductId(server),
                CvInvitee = [new CvInvitee { Id = InteropScenario.Invitee(server), MessageId = "wcf-1" }],
            },
        };

        // docs/idempotency.md, WCF usage: begin
        factory.Endpoint.EndpointBehaviors.Add(new IdempotencyKeyInspector());
        var channel = factory.CreateChannel();

        IdempotencyKeyInspector.Key.Value = Guid.NewGuid().ToString();
        var response = await channel.SessionRegActionAsync(request); // retry this line as it is: the same request, the same key
        // docs/idempotency.md, WCF usage: end
        var retry = await channel.SessionRegActionAsync(request);
        factory.Close();

        var output = JsonSerializer.Serialize(new
        {
            key = IdempotencyKeyInspector.Key.Value,
            first = Assert.Single(response.SessionRegActionResult!.Items!).Success,
            retry = Assert.Single(retry.SessionRegActionResult!.Items!).Success,
        });
        await AssertRetriedOnceAsync(server, answers, output);
    }

    /// <summary>
    /// The client's report (both calls succeeded: a retry that ran again would find the invitee already registered)
    /// and the server's answers: two with one key, the second the kept response, byte for byte; one registration.
    /// </summary>
    private static async Task AssertRetriedOnceAsync(BreakoutServer server, IdempotentResponses answers, string output)
    {
        var report = JsonDocument.Parse(output).RootElement;
        Assert.True(report.GetProperty("first").GetBoolean(), output);
        Assert.True(report.GetProperty("retry").GetBoolean(), output);
        var calls = answers.All;
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Key, calls[1].Key);
        if (report.TryGetProperty("key", out var key))
        {
            Assert.Equal(key.GetString(), calls[0].Key);
        }

        Assert.Equal((200, false), (calls[0].Status, calls[0].Replayed));
        Assert.Equal((200, true), (calls[1].Status, calls[1].Replayed));
        Assert.Equal(calls[0].Body, calls[1].Body);

        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;
        var invitee = InteropScenario.Invitee(server);
        Assert.Equal(1, await store.ExportRegistrationsAsync(account.Key, TestContext.Current.CancellationToken)
            .CountAsync(r => r.SessionId == InteropScenario.ProductId(server) && r.RegistrantId == invitee, TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// Takes the block after <paramref name="label"/> from the page, points it at a new server (when it names the
    /// documented address), and runs it with the client's harness <paramref name="script"/>, which sends it again.
    /// </summary>
    private static async Task RunScriptedSnippetAsync(string label, string language, string program, string directory, string script)
    {
        var answers = new IdempotentResponses();
        await using var server = await BreakoutServer.StartAsync(configure: answers.AddTo);
        var block = DocSnippet.Block(Page, label, language);
        var snippet = await SnippetFileAsync(server, language == "js" ? block : DocSnippet.PointedAt(block, server.Endpoint), language);

        var output = await ClientTools.RunAsync(program, directory, Path.Combine(directory, script),
            server.Endpoint, InteropScenario.ManifestPath(server), snippet, InteropScenario.ProductId(server), InteropScenario.Invitee(server));

        await AssertRetriedOnceAsync(server, answers, output);
    }

    private static async Task<string> SnippetFileAsync(BreakoutServer server, string code, string extension)
    {
        var file = Path.Combine(server.Directory, "snippet." + extension);
        await File.WriteAllTextAsync(file, code, TestContext.Current.CancellationToken);
        return file;
    }

    private static async Task<LoginResult> LoginAsync(BreakoutServer server)
    {
        var factory = new ChannelFactory<IV200611Soap>(new BasicHttpBinding(), new EndpointAddress(server.Endpoint));
        var login = (await factory.CreateChannel().LoginAsync(new LoginRequest
        {
            AccountNumber = server.Manifest.AccountNumber,
            UserName = server.Manifest.UserName,
            Password = server.Manifest.Password,
        })).LoginResult!;
        factory.Close();
        return login;
    }

    /// <summary>IdempotencyKeyInspector.cs as the page shows it: without its namespace line and the blank line after it.</summary>
    private static string InspectorAsShown()
    {
        var lines = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot, "tests", "Interop.Tests", "Wcf", "IdempotencyKeyInspector.cs"))
            .ReplaceLineEndings("\n").Split('\n').ToList();
        var at = lines.IndexOf("namespace Interop.Tests.Wcf;");
        lines.RemoveRange(at, 2);
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    /// <summary>The lines of this file between the two "WCF usage" markers, out-dented, as the page shows them.</summary>
    private static string UsageAsWrittenHere()
    {
        var lines = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot, "tests", "Interop.Tests", "IdempotencySnippetTests.cs"))
            .ReplaceLineEndings("\n").Split('\n');
        var begin = Array.FindIndex(lines, l => l.Trim() == "// docs/idempotency.md, WCF usage: begin");
        var end = Array.FindIndex(lines, l => l.Trim() == "// docs/idempotency.md, WCF usage: end");
        var usage = lines[(begin + 1)..end];
        var indent = usage.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(usage.Select(l => (l.Length == 0 ? l : l[indent..]) + "\n"));
    }
}
