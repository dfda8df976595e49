using Microsoft.Data.Sqlite;

namespace Breakout.Host.Tests.Contacts;

/// <summary>DeleteContact over HTTP: soft deletion, tombstones, and a deleted contact gone for every other call.</summary>
public sealed class DeleteContactTests(ContactServerFixture fixture) : IClassFixture<ContactServerFixture>
{
    [Fact]
    public async Task Delete_RemovesTheContactFromEveryCall_ButItsInviteeStays()
    {
        var email = ContactServerFixture.NewEmail("del");
        var id = await fixture.CreateAsync($"LastName=\"Deleted\" SourceId=\"SRC-D\" EmailAddress=\"{email}\"");
        var invitee = await TransferAsync(id);
        Assert.Null(invitee.Code);

        var result = Assert.Single(await fixture.DeleteAsync($"Id=\"{id}\" MessageId=\"d1\""));

        Assert.Equal((id, "d1", "SRC-D", true), (result.Id, result.ReferenceId, result.SourceId, result.Success));
        Assert.Null(await fixture.FindAsync(id));
        Assert.Equal("CV40110", Assert.Single(await fixture.DeleteAsync($"Id=\"{id}\"")).Code);
        Assert.Equal("CV40110", Assert.Single(await fixture.SaveAsync("UpdateContact", $"Id=\"{id}\" LastName=\"Back\"")).Code);
        Assert.Equal("CV40110", Assert.Single(await fixture.SaveAsync("UpsertContact", $"Id=\"{id}\" FirstName=\"F\" LastName=\"L\" EmailAddress=\"{email}\"")).Code);
        Assert.Equal("CV40110", Assert.Single(await fixture.SaveAsync("CreateContact", $"LastName=\"Child\" ParentContactId=\"{id}\"")).Code);
        Assert.Equal("CV50103", (await TransferAsync(id)).Code);
        var reused = Assert.Single(await fixture.SaveAsync("CreateContact", $"LastName=\"Again\" EmailAddress=\"{email.ToUpperInvariant()}\""));
        Assert.True(reused.Success);
        Assert.NotEqual(id, reused.Id);
        var register = $"<SimpleEventRegistration xmlns=\"http://api.cvent.com/2006-11\"><CvObjects><CvObject Id=\"{invitee.Id}\"/></CvObjects><RegAction>Register</RegAction><EventId>{fixture.Server.Conference.Id}</EventId></SimpleEventRegistration>";
        Assert.Contains("Success=\"true\"", (await fixture.PostAsync("SimpleEventRegistration", register)).Body, StringComparison.Ordinal);
        Assert.Equal(("Contact", fixture.Clock.GetUtcNow().ToUnixTimeMilliseconds()), await TombstoneAsync(id));
    }

    [Fact]
    public async Task Delete_EachRule_FailsOnlyItsItem()
    {
        var id = await fixture.CreateAsync("LastName=\"Twice\"");

        var results = await fixture.DeleteAsync("MessageId=\"x0\"", "Id=\"\"", "Id=\"00000000-0000-0000-0000-000000000000\"", "Id=\"nope\"",
            $"Id=\"{Guid.NewGuid()}\"", $"Id=\"{id}\" MessageId=\"x5\"", $"Id=\"{id.ToLowerInvariant()}\"");

        Assert.Equal(["CV40115", "CV40115", "CV40115", "CV40110", "CV40110", null, "CV40118"], results.Select(r => r.Code));
        Assert.Equal(("x0", "x5"), (results[0].ReferenceId, results[5].ReferenceId));
        Assert.Equal("nope", results[3].Id);
    }

    [Theory]
    [InlineData(201, "CV20021")]
    [InlineData(0, "CV20018")]
    public async Task Delete_WithTooManyOrNoItems_IsAFault(int count, string code)
    {
        var id = await fixture.CreateAsync("LastName=\"Stays\"");
        var reply = await fixture.PostAsync("DeleteContact", ContactServerFixture.DeleteBody([.. Enumerable.Repeat($"Id=\"{id}\"", count)]));

        Assert.Equal((500, code), (reply.Status, reply.FaultCode));
        Assert.NotNull(await fixture.FindAsync(id));
    }

    private async Task<ContactResult> TransferAsync(string contactId)
    {
        var body = $"<TransferInvitee xmlns=\"http://api.cvent.com/2006-11\"><ActivityType>Event</ActivityType><ActivityId>{fixture.Server.Conference.Id}</ActivityId>" +
            $"<CvObjects xmlns=\"http://schemas.cvent.com/api/2006-11\"><CvObject Id=\"{contactId}\"/></CvObjects></TransferInvitee>";
        return Assert.Single(ContactResult.Parse(await fixture.PostAsync("TransferInvitee", body), "TransferInvitee"));
    }

    private async Task<(string Type, long At)> TombstoneAsync(string id)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.Server.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT object_type, deleted_at FROM deleted_objects WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetInt64(1));
    }
}
