using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;

namespace Breakout.Host.Tests.Contacts;

/// <summary>
/// One server for the contact tests of a class, on a manual clock, with helpers that send raw contact calls and read
/// contacts back from the store. Tests use e-mail addresses of their own, so they cannot collide.
/// </summary>
public sealed class ContactServerFixture : ClockedServerFixture
{
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
