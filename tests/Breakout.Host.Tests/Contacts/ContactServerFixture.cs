using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.Contacts;

/// <summary>
/// One server for the contact tests of a class, on a manual clock, with helpers that send raw contact calls and read
/// contacts back from the store. Tests use e-mail addresses of their own, so they cannot collide.
/// </summary>
public sealed class ContactServerFixture : IAsyncLifetime
{
    public const string Tns = "http://api.cvent.com/2006-11";
    public const string S1 = "http://schemas.cvent.com/api/2006-11";

    public ManualClock Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 12, 0, 0, TimeSpan.Zero));

    public BreakoutServer Server { get; private set; } = null!;

    public string Token { get; private set; } = null!;

    public long AccountKey { get; private set; }

    public IBreakoutStore Store => Server.Services.GetRequiredService<IBreakoutStore>();

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync(configure: s => s.AddSingleton<TimeProvider>(Clock));
        Token = await Server.LoginAsync();
        AccountKey = (await Store.FindAccountAsync(Server.Manifest.AccountNumber))!.Key;
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A fresh e-mail address.</summary>
    public static string NewEmail(string name = "c") => $"{name}.{Guid.NewGuid():N}@example.com";

    /// <summary>The request element of CreateContact/UpdateContact/UpsertContact with one <c>Contact</c> per attribute string.</summary>
    public static string ContactsBody(string operation, params string[] contacts) =>
        $"<{operation} xmlns=\"{Tns}\"><Contacts>" + string.Concat(contacts.Select(c => $"<Contact xmlns=\"{S1}\" {c}/>")) + $"</Contacts></{operation}>";

    /// <summary>The request element of DeleteContact with one <c>CvObject</c> per attribute string.</summary>
    public static string DeleteBody(params string[] items) =>
        $"<DeleteContact xmlns=\"{Tns}\"><CvObjects>" + string.Concat(items.Select(i => $"<CvObject {i}/>")) + "</CvObjects></DeleteContact>";

    public Task<SoapReply> PostAsync(string operation, string body) =>
        Server.PostSoap11Async(SoapEnvelopes.WithHeader(Token, body), SoapEnvelopes.Action(operation));

    /// <summary>Sends a contact write and returns its items (the call must answer 200).</summary>
    public async Task<IReadOnlyList<ContactResult>> SaveAsync(string operation, params string[] contacts)
    {
        var reply = await PostAsync(operation, ContactsBody(operation, contacts));
        Assert.True(reply.Status == 200, reply.Body);
        return ContactResult.Parse(reply, operation);
    }

    public async Task<IReadOnlyList<ContactResult>> DeleteAsync(params string[] items)
    {
        var reply = await PostAsync("DeleteContact", DeleteBody(items));
        Assert.True(reply.Status == 200, reply.Body);
        return ContactResult.Parse(reply, "DeleteContact");
    }

    /// <summary>Creates one contact that must succeed and returns its ID.</summary>
    public async Task<string> CreateAsync(string attributes)
    {
        var result = Assert.Single(await SaveAsync("CreateContact", attributes));
        Assert.True(result.Success, result.Description);
        return result.Id!;
    }

    public Task<ContactFields?> FindAsync(string id) => Store.FindContactAsync(AccountKey, CventId.Parse(id));
}
