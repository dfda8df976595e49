using System.Security;
using System.Text.RegularExpressions;
using Breakout.Domain.Objects;
using Microsoft.Data.Sqlite;

namespace Breakout.Host.Tests.Contacts;

/// <summary>CreateContact over HTTP: every writable field round-trips, each CV401xx rule, limits and envelopes.</summary>
public sealed class CreateContactTests(ContactServerFixture fixture) : IClassFixture<ContactServerFixture>
{
    /// <summary>A valid value for every writable Contact field (the parent contact given), as sent on the wire.</summary>
    private static Dictionary<string, string> EveryWritableField(string parentId) =>
        ContactObject.Descriptor.Fields.Where(f => !f.ReadOnly).ToDictionary(f => f.Name, f => f.Name switch
        {
            "EmailAddress" => ContactServerFixture.NewEmail("all"),
            "CCEmailAddress" => "assistant@example.org",
            "HomeCountryCode" => "US",
            "HomeStateCode" => "VA",
            "WorkCountryCode" => "CA",
            "WorkStateCode" => "ON",
            "PassportCountryCode" => "FR",
            "PrimaryAddressType" => "Home",
            "DateOfBirth" => "1990-05-17T00:00:00",
            "ParentContactId" => parentId,
            "Active" => "false",
            _ => f.Type switch
            {
                CvFieldType.Boolean => "true",
                CvFieldType.DateTime => "2026-11-02T08:47:21.763",
                _ => (f.Name + " & <value> ünïcode")[..Math.Min(f.MaxLength, f.Name.Length + 18)],
            },
        });

    private static string Attributes(IReadOnlyDictionary<string, string> values) =>
        string.Join(" ", values.Select(v => $"{v.Key}=\"{SecurityElement.Escape(v.Value)}\""));

    [Fact]
    public async Task Create_EveryWritableField_RoundTrips_AndTheServerSetsTheReadOnlyOnes()
    {
        var parent = await fixture.CreateAsync($"LastName=\"Parent\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"");
        var sent = EveryWritableField(parent);

        // Read-only values sent by the client are ignored.
        var result = Assert.Single(await fixture.SaveAsync("CreateContact",
            $"MessageId=\"m-all\" {Attributes(sent)} CreatedBy=\"intruder\" IsObfuscated=\"true\" EmailAddressStatus=\"Undeliverable\" LastOptOutBy=\"x\""));

        Assert.True(result.Success, result.Description);
        Assert.Equal(("m-all", sent["SourceId"], (string?)null), (result.ReferenceId, result.SourceId, result.NewContact));
        var stored = (await fixture.FindAsync(result.Id!))!;
        Assert.All(sent, field => Assert.Equal(field.Value, stored.Values.GetValueOrDefault(field.Key)));
        Assert.Equal("2027-01-04T12:00:00", stored.Values["CreatedDate"]);
        Assert.Equal("2027-01-04T12:00:00", stored.Values["LastModifiedDate"]);
        Assert.Equal(fixture.Server.Manifest.UserName, stored.Values["CreatedBy"]);
        Assert.Equal(fixture.Server.Manifest.UserName, stored.Values["LastModifiedBy"]);
        Assert.Equal(("No Email Sent", "false", "false"), (stored.Values["EmailAddressStatus"], stored.Values["IsObfuscated"], stored.Values["IsCreatedViaTestReg"]));
        Assert.False(stored.Values.ContainsKey("LastOptOutBy"));
        Assert.Equal(sent.Count + 7, stored.Values.Count);
    }

    [Fact]
    public async Task Create_WithOnlyALastName_GetsTheDefaults()
    {
        var id = await fixture.CreateAsync("LastName=\"Solo\"");

        var stored = (await fixture.FindAsync(id))!.Values;
        Assert.Equal(("true", "Work", "false", "false"), (stored["Active"], stored["PrimaryAddressType"], stored["ExcludedFromEmail"], stored["OptedIn"]));
        Assert.False(stored.ContainsKey("EmailAddress"));
    }

    [Fact]
    public async Task Create_Answer_CarriesIdReferenceIdSourceIdSuccess_InWsdlOrder()
    {
        var reply = await fixture.PostAsync("CreateContact", ContactServerFixture.ContactsBody("CreateContact",
            $"MessageId=\"r1\" SourceId=\"CRM-1\" LastName=\"Order\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"", "MessageId=\"r2\" SourceId=\"CRM-2\""));

        Assert.Matches(
            "<CreateContactResponse xmlns=\"http://api.cvent.com/2006-11\"><CreateContactResult xmlns=\"http://schemas.cvent.com/api/2006-11\">" +
            "<CreateContactResult Id=\"[0-9A-F-]{36}\" ReferenceId=\"r1\" SourceId=\"CRM-1\" Success=\"true\" />" +
            "<CreateContactResult ReferenceId=\"r2\" SourceId=\"CRM-2\" Success=\"false\"><Errors><Error Code=\"CV40101\" Description=\"Last Name is required to create a contact\" /></Errors></CreateContactResult>" +
            "</CreateContactResult></CreateContactResponse>", Regex.Replace(reply.Body, @">\s+<", "><"));
    }

    [Fact]
    public async Task Create_EachRule_FailsOnlyItsItem_AndTheValidItemsAreCreated()
    {
        var taken = ContactServerFixture.NewEmail("taken");
        await fixture.CreateAsync($"LastName=\"Taken\" EmailAddress=\"{taken}\"");
        var twice = ContactServerFixture.NewEmail("twice");
        string[] items =
        [
            "FirstName=\"No last name\"",
            "LastName=\"L\" EmailAddress=\"not-an-address\"",
            $"LastName=\"L\" EmailAddress=\"{twice}\"",
            $"LastName=\"L\" EmailAddress=\"{twice.ToUpperInvariant()}\"",
            $"LastName=\"L\" EmailAddress=\"{taken.ToUpperInvariant()}\"",
            "LastName=\"L\" ContactTypeCode=\"ABCDEFGHIJKLMNOPQRSTU\"",
            "LastName=\"L\" HomeCountryCode=\"XX\"",
            "LastName=\"L\" HomeCountryCode=\"US\" HomeStateCode=\"ON\"",
            "LastName=\"L\" WorkCountryCode=\"UK\"",
            "LastName=\"L\" WorkCountryCode=\"CA\" WorkStateCode=\"TX\"",
            $"LastName=\"L\" Id=\"{Guid.NewGuid()}\"",
            "LastName=\"L\" CCEmailAddress=\"a@b\"",
            "LastName=\"L\" DateOfBirth=\"yesterday\"",
            "LastName=\"L\" DateOfBirth=\"2027-01-05T00:00:00\"",
            $"LastName=\"L\" ParentContactId=\"{Guid.NewGuid()}\"",
            "LastName=\"L\" ParentContactId=\"not-a-guid\"",
            "LastName=\"L\" Active=\"maybe\"",
            "LastName=\"L\" JoinDate=\"31/12/2020\"",
            "LastName=\"L\" PrimaryAddressType=\"Office\"",
            "LastName=\"Fine\" WorkCountryCode=\"de\" WorkStateCode=\"Bayern\" HomeStateCode=\"QC\" Id=\"00000000-0000-0000-0000-000000000000\"",
            "   LastName=\"   \"",
        ];

        var results = await fixture.SaveAsync("CreateContact", [.. items.Select((item, i) => $"MessageId=\"m{i}\" {item}")]);

        Assert.Equal(
            [
                "CV40101", "CV40102", null, "CV40103", "CV40104", "CV40105", "CV40106", "CV40107", "CV40108", "CV40109", "CV40110",
                "CV40119", "CV40123", "CV40123", "CV40110", "CV40110", "BO40201", "BO40201", "BO40201", null, "CV40101",
            ],
            results.Select(r => r.Code));
        Assert.Equal(items.Select((_, i) => "m" + i), results.Select(r => r.ReferenceId));
        Assert.All(results.Where(r => !r.Success), r => Assert.Null(r.Id));
        Assert.Contains("Active 'maybe'", results[16].Description, StringComparison.Ordinal);
        Assert.Contains("JoinDate '31/12/2020'", results[17].Description, StringComparison.Ordinal);
        Assert.Contains("PrimaryAddressType 'Office'", results[18].Description, StringComparison.Ordinal);
        Assert.Contains("ParentContactId", results[14].Description, StringComparison.Ordinal);
        Assert.Equal("DE", (await fixture.FindAsync(results[19].Id!))!.Values["WorkCountryCode"]);
    }

    [Fact]
    public async Task Create_OverLongTexts_AreTruncated_ButAnOverLongEmailIsRefused()
    {
        var longEmail = new string('a', 70) + "@example.com";
        var results = await fixture.SaveAsync("CreateContact",
            $"LastName=\"{new string('L', 80)}\" Title=\"{new string('T', 150)}\"", $"LastName=\"L\" EmailAddress=\"{longEmail}\"");

        var stored = (await fixture.FindAsync(results[0].Id!))!.Values;
        Assert.Equal((new string('L', 50), new string('T', 100)), (stored["LastName"], stored["Title"]));
        Assert.Equal("CV40102", results[1].Code);
    }

    [Fact]
    public async Task Create_RecordsTheCall_AndFailedItemsWriteNothing()
    {
        var email = ContactServerFixture.NewEmail("recorded");
        var before = await CountAsync("SELECT COUNT(*) FROM api_calls WHERE operation = 'CreateContact'");

        await fixture.SaveAsync("CreateContact", "FirstName=\"Nothing\"");
        Assert.Equal(before, await CountAsync("SELECT COUNT(*) FROM api_calls WHERE operation = 'CreateContact'"));
        await fixture.SaveAsync("CreateContact", $"LastName=\"One\" EmailAddress=\"{email}\"", $"LastName=\"Two\" EmailAddress=\"{email}\"");

        Assert.Equal(before + 1, await CountAsync("SELECT COUNT(*) FROM api_calls WHERE operation = 'CreateContact'"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM contacts WHERE email_address = '{email}'"));
    }

    [Theory]
    [InlineData(201, "CV20021")]
    [InlineData(0, "CV20018")]
    public async Task Create_WithTooManyOrNoContacts_IsAFault_AndNothingIsCreated(int count, string code)
    {
        var email = ContactServerFixture.NewEmail("limit");
        var reply = await fixture.PostAsync("CreateContact", ContactServerFixture.ContactsBody("CreateContact",
            [.. Enumerable.Range(0, count).Select(i => $"LastName=\"N{i}\" EmailAddress=\"{i}.{email}\"")]));

        Assert.Equal((500, code), (reply.Status, reply.FaultCode));
        Assert.Equal(0, await CountAsync($"SELECT COUNT(*) FROM contacts WHERE email_address LIKE '%{email}'"));
    }

    [Fact]
    public async Task Create_TwoHundredContacts_AreAllCreated()
    {
        var email = ContactServerFixture.NewEmail("batch");
        var results = await fixture.SaveAsync("CreateContact", [.. Enumerable.Range(0, 200).Select(i => $"LastName=\"N{i}\" EmailAddress=\"{i}.{email}\"")]);

        Assert.Equal(200, results.Count(r => r.Success));
    }

    [Fact]
    public async Task Create_MalformedXmlInAnAttribute_IsAFault_ButAWellFormedOddValueIsPerItem()
    {
        var broken = await fixture.PostAsync("CreateContact",
            $"<CreateContact xmlns=\"{ContactServerFixture.Tns}\"><Contacts><Contact xmlns=\"{ContactServerFixture.S1}\" LastName=\"a<b\" /></Contacts></CreateContact>");
        var odd = await fixture.SaveAsync("CreateContact",
            "LastName=\"&lt;script&gt;&amp;&#x9;\" OptedIn=\"&#x31;&#x32;\" ExcludedFromEmail=\"\" Unknown=\"ignored\"", "LastName=\"Fine\" xmlns:x=\"urn:x\" x:Active=\"bogus\"");

        Assert.Equal((500, "CV10001"), (broken.Status, broken.FaultCode));
        Assert.Equal(("BO40201", true), (odd[0].Code, odd[1].Success));
        Assert.Contains("OptedIn '12'", odd[0].Description, StringComparison.Ordinal);
        Assert.Equal("true", (await fixture.FindAsync(odd[1].Id!))!.Values["Active"]);
    }

    [Fact]
    public async Task Create_OverSoap12_AndWithDetailChildren_Works()
    {
        var email = ContactServerFixture.NewEmail("soap12");
        var reply = await fixture.Server.PostSoap12Async($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:ns1="http://schemas.cvent.com/api/2006-11" xmlns:ns2="http://api.cvent.com/2006-11"><env:Header><ns2:CventSessionHeader><ns2:CventSessionValue>{fixture.Token}</ns2:CventSessionValue></ns2:CventSessionHeader></env:Header><env:Body><ns2:CreateContact><ns2:Contacts><ns1:Contact MessageId="s12" LastName="Twelve" EmailAddress="{email}"><ns1:CustomFieldDetail FieldName="Diet" FieldValue="Vegan"/><ns1:ContactGroupDetail GroupName="VIP"/><ns1:DistributionListDetail DistributionListName="News" Approved="true"/></ns1:Contact></ns2:Contacts></ns2:CreateContact></env:Body></env:Envelope>
            """, "http://api.cvent.com/2006-11/CreateContact");

        Assert.Equal("application/soap+xml; charset=utf-8", reply.ContentType);
        var result = Assert.Single(ContactResult.Parse(reply, "CreateContact"));
        Assert.True(result.Success, reply.Body);
        Assert.Equal(email, (await fixture.FindAsync(result.Id!))!.Values["EmailAddress"]);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.Server.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
