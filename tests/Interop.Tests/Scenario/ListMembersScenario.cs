using System.Text.Json;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Tests.Scenario;

/// <summary>
/// ManageDistributionListMembers from a real client (#18): on a new distribution list of the demo tenant, Add two items
/// (the second a contact already added: CV89103), Add as Pending a second contact, then Remove both. The list and
/// contacts are made with raw SOAP first; the client prints one list of results per call.
/// </summary>
public static class ListMembersScenario
{
    public sealed record Setup(string Token, string ListId, string First, string Second);

    public sealed record Item(string? Id, string? ReferenceId, bool Success, string? Code);

    public static async Task<Setup> PrepareAsync(BreakoutServer server)
    {
        var token = await server.LoginAsync();
        var list = await CreateAsync(server, token, "CreateDistributionList",
            "<DistributionLists><DistributionList xmlns=\"http://schemas.cvent.com/api/2006-11\" DistributionListName=\"Interop\" Active=\"true\" SecurityType=\"Public\" /></DistributionLists>");
        var first = await CreateAsync(server, token, "CreateContact", "<Contacts><Contact xmlns=\"http://schemas.cvent.com/api/2006-11\" LastName=\"One\" /></Contacts>");
        var second = await CreateAsync(server, token, "CreateContact", "<Contacts><Contact xmlns=\"http://schemas.cvent.com/api/2006-11\" LastName=\"Two\" /></Contacts>");
        return new Setup(token, list, first, second);
    }

    /// <summary>The three calls' results as the client decoded them, and the list empty again.</summary>
    public static async Task AssertAnsweredAsync(BreakoutServer server, Setup setup, IReadOnlyList<IReadOnlyList<Item>> calls)
    {
        Assert.Equal(
            [
                [new Item(setup.First, "m1", true, null), new Item(setup.First, "m2", false, "CV89103")],
                [new Item(setup.Second, "m3", true, null)],
                [new Item(setup.First, "m4", true, null), new Item(setup.Second, "m5", true, null)],
            ],
            calls.Select(c => c.ToArray()).ToArray());
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;
        Assert.Empty((await store.GetListMembersAsync(account.Key, CvObjectType.DistributionList, CventId.Parse(setup.ListId), TestContext.Current.CancellationToken))!);
    }

    /// <summary>Parses what clients/*/list_members.* print.</summary>
    public static IReadOnlyList<IReadOnlyList<Item>> Parse(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.EnumerateArray().Select(call => (IReadOnlyList<Item>)[.. call.EnumerateArray().Select(i => new Item(
            i.GetProperty("id").GetString(), i.GetProperty("referenceId").GetString(), i.GetProperty("success").GetBoolean(),
            i.GetProperty("code").ValueKind == JsonValueKind.Null ? null : i.GetProperty("code").GetString()))])];
    }

    private static async Task<string> CreateAsync(BreakoutServer server, string token, string operation, string content)
    {
        var reply = await server.PostSoap11Async(
            SoapEnvelopes.WithHeader(token, $"<{operation} xmlns=\"http://api.cvent.com/2006-11\">{content}</{operation}>"), SoapEnvelopes.Action(operation));
        Assert.True(reply.Status == 200, reply.Body);
        return (string)reply.Xml.Descendants(SoapEnvelopes.S1 + (operation + "Result")).Last().Attribute("Id")!;
    }
}
