namespace Breakout.Host.Tests.Contacts;

/// <summary>UpdateContact and UpsertContact over HTTP: partial updates, clearing, the e-mail key, each rule.</summary>
public sealed class UpdateContactTests(ContactServerFixture fixture) : IClassFixture<ContactServerFixture>
{
    [Fact]
    public async Task Update_ChangesTheSentAttributes_ClearsTheEmptyOnes_AndKeepsTheRest()
    {
        var email = ContactServerFixture.NewEmail("upd");
        var id = await fixture.CreateAsync($"LastName=\"Before\" FirstName=\"Ann\" Company=\"Old Co\" MiddleName=\"M\" EmailAddress=\"{email}\" OptedIn=\"true\"");
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = Assert.Single(await fixture.SaveAsync("UpdateContact",
            $"Id=\"{id.ToLowerInvariant()}\" MessageId=\"u1\" LastName=\"After\" Company=\"\" MiddleName=\"\" OptedIn=\"\" CreatedBy=\"intruder\" SourceId=\"S9\""));

        Assert.Equal((id, "u1", "S9", true), (result.Id, result.ReferenceId, result.SourceId, result.Success));
        var stored = (await fixture.FindAsync(id))!.Values;
        Assert.Equal(("After", "Ann", email), (stored["LastName"], stored["FirstName"], stored["EmailAddress"]));
        Assert.False(stored.ContainsKey("Company") || stored.ContainsKey("MiddleName") || stored.ContainsKey("OptedIn"));
        Assert.Equal(fixture.Server.Manifest.UserName, stored["CreatedBy"]);
        Assert.Equal("2027-01-04T12:00:00", stored["CreatedDate"]);
        Assert.Equal(fixture.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss"), stored["LastModifiedDate"]);
    }

    [Fact]
    public async Task Update_EachRule_FailsOnlyItsItem()
    {
        var id = await fixture.CreateAsync($"LastName=\"Keep\" EmailAddress=\"{ContactServerFixture.NewEmail()}\" HomeCountryCode=\"CA\"");
        var other = ContactServerFixture.NewEmail("other");
        await fixture.CreateAsync($"LastName=\"Other\" EmailAddress=\"{other}\"");
        var deleted = await fixture.CreateAsync("LastName=\"Gone\"");
        Assert.True(Assert.Single(await fixture.DeleteAsync($"Id=\"{deleted}\"")).Success);
        var free = ContactServerFixture.NewEmail("free");
        string[] items =
        [
            "LastName=\"No ID\"",
            "Id=\"\" LastName=\"Empty ID\"",
            "Id=\"not-a-guid\"",
            $"Id=\"{Guid.NewGuid()}\" LastName=\"Unknown\"",
            $"Id=\"{deleted}\" LastName=\"Deleted\"",
            $"Id=\"{id}\" LastName=\"Twice\"",
            $"Id=\"{id.ToLowerInvariant()}\" LastName=\"Twice again\"",
        ];
        string[] second =
        [
            $"Id=\"{id}\" LastName=\"\"",
            $"Id=\"{id}\" EmailAddress=\"{other.ToUpperInvariant()}\"",
            $"Id=\"{id}\" HomeStateCode=\"TX\"",
            $"Id=\"{id}\" EmailAddress=\"bad@\"",
            $"Id=\"{id}\" Active=\"yes\"",
            $"Id=\"{id}\" DateOfBirth=\"2030-01-01\"",
            $"Id=\"{id}\" HomeStateCode=\"BC\" EmailAddress=\"{free}\"",
        ];

        var results = await fixture.SaveAsync("UpdateContact", items);
        var more = new List<ContactResult>();
        foreach (var item in second)
        {
            more.Add(Assert.Single(await fixture.SaveAsync("UpdateContact", item)));
        }

        Assert.Equal(["CV40113", "CV40113", "CV40110", "CV40110", "CV40110", null, "CV40118"], results.Select(r => r.Code));
        Assert.Equal([null, null, "not-a-guid", null, deleted, id, id], results.Select((r, i) => i == 3 ? null : r.Id));
        Assert.Equal(["CV40114", "CV40104", "CV40107", "CV40102", "BO40201", "CV40123", null], more.Select(r => r.Code));
        var stored = (await fixture.FindAsync(id))!.Values;
        Assert.Equal(("Twice", "BC", free), (stored["LastName"], stored["HomeStateCode"], stored["EmailAddress"]));
    }

    [Fact]
    public async Task Update_TwoItemsTakingTheSameNewEmail_SecondIsADuplicate()
    {
        var (a, b) = (await fixture.CreateAsync("LastName=\"A\""), await fixture.CreateAsync("LastName=\"B\""));
        var email = ContactServerFixture.NewEmail("same");

        var results = await fixture.SaveAsync("UpdateContact", $"Id=\"{a}\" EmailAddress=\"{email}\"", $"Id=\"{b}\" EmailAddress=\"{email}\"");

        Assert.Equal([null, "CV40103"], results.Select(r => r.Code));
    }

    [Fact]
    public async Task Upsert_CreatesByEmail_ThenUpdatesTheSameContact_MatchingTheEmailInAnyCase()
    {
        var email = ContactServerFixture.NewEmail("ups");

        var created = Assert.Single(await fixture.SaveAsync("UpsertContact", $"MessageId=\"a\" FirstName=\"Una\" LastName=\"Upsert\" EmailAddress=\"{email}\" Title=\"First\""));
        var updated = Assert.Single(await fixture.SaveAsync("UpsertContact", $"MessageId=\"b\" FirstName=\"Una\" LastName=\"Upserted\" EmailAddress=\"{email.ToUpperInvariant()}\""));
        var byId = Assert.Single(await fixture.SaveAsync("UpsertContact", $"Id=\"{created.Id}\" FirstName=\"Una\" LastName=\"ById\" EmailAddress=\"{email}\""));

        Assert.Equal((true, "true", "a"), (created.Success, created.NewContact, created.ReferenceId));
        Assert.Equal((true, "false", created.Id), (updated.Success, updated.NewContact, updated.Id));
        Assert.Equal((true, "false", created.Id), (byId.Success, byId.NewContact, byId.Id));
        var stored = (await fixture.FindAsync(created.Id!))!.Values;
        Assert.Equal(("ById", "First", email), (stored["LastName"], stored["Title"], stored["EmailAddress"]));
    }

    [Fact]
    public async Task Upsert_EachRule_FailsOnlyItsItem_WithNewContactFalse()
    {
        var taken = ContactServerFixture.NewEmail("taken");
        var holder = await fixture.CreateAsync($"LastName=\"Holder\" EmailAddress=\"{taken}\"");
        var mine = await fixture.CreateAsync($"LastName=\"Mine\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"");
        var twice = ContactServerFixture.NewEmail("twice");
        string[] items =
        [
            "FirstName=\"F\" LastName=\"L\"",
            $"LastName=\"L\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"",
            $"FirstName=\"F\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"",
            $"Id=\"{Guid.NewGuid()}\" FirstName=\"F\" LastName=\"L\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"",
            $"Id=\"{mine}\" FirstName=\"F\" LastName=\"L\" EmailAddress=\"{taken}\"",
            $"FirstName=\"F\" LastName=\"L\" EmailAddress=\"{twice}\"",
            $"FirstName=\"F\" LastName=\"L\" EmailAddress=\"{twice}\"",
            $"Id=\"bad\" FirstName=\"F\" LastName=\"L\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"",
            $"FirstName=\"F\" LastName=\"L\" EmailAddress=\"{ContactServerFixture.NewEmail()}\" WorkCountryCode=\"ZZ\"",
        ];

        var reply = await fixture.PostAsync("UpsertContact", ContactServerFixture.ContactsBody("UpsertContact", items));
        var results = ContactResult.Parse(reply, "UpsertContact");

        Assert.Equal(["CV40120", "CV40121", "CV40122", "CV40110", "CV40104", null, "CV40103", "CV40110", "CV40108"], results.Select(r => r.Code));
        Assert.All(results.Where(r => !r.Success), r => Assert.Equal("false", r.NewContact));
        Assert.Contains("Success=\"true\" NewContact=\"true\" />", reply.Body, StringComparison.Ordinal);
        Assert.Equal("Holder", (await fixture.FindAsync(holder))!.Values["LastName"]);
    }
}
