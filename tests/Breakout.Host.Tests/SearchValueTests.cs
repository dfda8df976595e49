using Breakout.Domain.Objects;
using Breakout.Testing;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// Search with the values and names real clients send, over HTTP with raw SOAP: dates as an en-US .NET server parses
/// them, field names in any case, the searchable fields of Cvent's object pages. The demo's conference ends
/// 2027-06-16T09:00:00 GMT, the closed summit 2026-06-15T09:00:00; all guests are the conference's.
/// </summary>
public sealed class SearchValueTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private BreakoutServer Server => fixture.Server;

    private string Conference => Server.Manifest.Events[0].Id;

    private string Summit => Server.Manifest.Events[1].Id;

    private async Task<SoapReply> SearchAsync(string type, params string[] filters) =>
        await Server.CallAsync(fixture.Token, "Search", Search(type, "AndSearch", filters));

    /// <summary>Expected: "C" the conference, "S" the summit.</summary>
    [Theory]
    [InlineData("Greater than or Equal to", "12/02/2026", "C")] // moodle-cvent: date('m/d/Y'); read day-first it would find both
    [InlineData("Greater than or Equal to", "12/2/2026 4:00:00 PM", "C")] // .NET's en-US DateTime.ToString()
    [InlineData("Greater than or Equal to", "2026-11-25 16:00:00", "C")] // Carbon's Y-m-d H:i:s
    [InlineData("Greater than or Equal to", "2026-11-25", "C")]
    [InlineData("Less than", "6/16/2026", "S")]
    [InlineData("Equals", "06/15/2026 09:00:00", "S")]
    [InlineData("Equals", "6/15/2026 9:00 AM", "S")]
    [InlineData("Equals", "6/15/26 9:00:00 am", "S")]
    [InlineData("Equals", "6/15/2026 9:00:00 PM", "")]
    [InlineData("Equals", "6-15-2026 09:00", "S")]
    [InlineData("Equals", "2026/06/15 09:00:00", "S")]
    [InlineData("Equals", "2026-06-15T09:00:00", "S")]
    [InlineData("Equals", "2026-06-15T09:00:00.997", "S")] // compared to the second, as Retrieve shows it
    [InlineData("Equals", "2026-06-15T09:00:00Z", "S")]
    [InlineData("Equals", "2026-06-15T11:00:00.5+02:00", "S")]
    [InlineData("Equals", "2026-06-15 04:00:00-05:00", "S")]
    [InlineData("Equals", " 6/15/2026  9:00:00 AM ", "S")]
    [InlineData("Includes", "2027-06-16 09:00:00|6/15/2026 9:00:00 AM", "CS")]
    public async Task Search_DateInAnEnUsForm_IsReadAsGmt(string op, string value, string expected)
    {
        var ids = Ids(await SearchAsync("Event", Filter("EventEndDate", op, value.Split('|'))), "Search");

        Assert.Equal(Events(expected), ids);
    }

    [Theory]
    [InlineData("not a date")]
    [InlineData("2026-13-01")]
    [InlineData("13/02/2026")] // day first: not an en-US date
    [InlineData("12/02")] // no year: DateTime.Parse would take this year's, so the answer would change with the clock
    [InlineData("June 2027")]
    [InlineData("4:00 PM")]
    [InlineData("2026-11-25T25:00:00")]
    [InlineData("12/02/2026 4:00:00 XM")]
    public async Task Search_DateThatDoesNotParse_FaultsWithInvalidSearchFilter(string value)
    {
        var reply = await SearchAsync("Event", Filter("EventEndDate", "Greater than", value));

        Assert.Equal(500, reply.Status);
        Assert.Equal(("CV20010", "INVALID_SEARCH_FILTER"), (reply.FaultCode, reply.FaultString));
        Assert.Contains("EventEndDate", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", "")]
    [InlineData("True", "")]
    [InlineData("FALSE", "CS")]
    [InlineData(" false ", "CS")]
    [InlineData("0", "CS")]
    public async Task Search_BooleanInAnyCase_IsAccepted(string value, string expected)
    {
        var ids = Ids(await SearchAsync("Event", Filter("Hidden", "Equals", value)), "Search");

        Assert.Equal(Events(expected), ids);
    }

    [Theory]
    [InlineData("EventCode")]
    [InlineData("eventcode")]
    [InlineData("EVENTCODE")]
    [InlineData(" eventCode ")]
    public async Task Search_FieldNameInAnyCase_IsTheField(string field)
    {
        var ids = Ids(await SearchAsync("Event", Filter(field, "Equals", "BRK2026")), "Search");

        Assert.Equal(Events("S"), ids);
    }

    /// <summary>The WSDL spells Guest's IDs <c>EventID</c>; Cvent's Guest page and a PHP client (gcanivet) say <c>EventId</c>.</summary>
    [Theory]
    [InlineData("EventID")]
    [InlineData("EventId")]
    [InlineData("eventid")]
    public async Task Search_GuestsByEventIdInEitherSpelling_FindsTheEventsGuests(string field)
    {
        var conference = Ids(await SearchAsync("Guest", Filter(field, "Equals", Conference.ToLowerInvariant())), "Search");
        var summit = Ids(await SearchAsync("Guest", Filter(field, "Equals", Summit)), "Search");
        var byRegistration = Ids(await SearchAsync("Guest", Filter("RegistrationId", "Equals", Server.Conference.Guests[0].InviteeId)), "Search");

        Assert.Equal(Server.Conference.Guests.Select(g => g.Id).Order(StringComparer.Ordinal), conference);
        Assert.Empty(summit);
        Assert.Contains(Server.Conference.Guests[0].Id, byRegistration);
    }

    [Fact]
    public async Task Search_RegistrationByTheObjectPagesCanceledDate_IsCancelledDate()
    {
        var documented = await SearchAsync("Registration", Filter("CanceledDate", "Equals", ""));
        var wsdl = await SearchAsync("Registration", Filter("CancelledDate", "Equals", ""));

        Assert.Equal(Ids(wsdl, "Search"), Ids(documented, "Search"));
        Assert.NotEmpty(Ids(documented, "Search"));
    }

    [Theory]
    [InlineData("Event", "City", "x")]
    [InlineData("Event", "PlannerLastName", "x")]
    [InlineData("Event", "timezone", "UTC")]
    [InlineData("Guest", "Status", "Accepted")]
    [InlineData("Guest", "status", "Accepted")]
    [InlineData("Guest", "DateOfBirth", "1/2/1990")]
    [InlineData("Registration", "Status", "Accepted")]
    [InlineData("Registration", "Canceled", "")]
    [InlineData("Session", "ProductCode", "KEY")]
    public async Task Search_FieldCventDoesNotMarkSearchable_FaultsWithInvalidSearchFilter(string type, string field, string value)
    {
        var reply = await SearchAsync(type, Filter(field, "Equals", value));

        Assert.Equal(("CV20010", "INVALID_SEARCH_FILTER"), (reply.FaultCode, reply.FaultString));
    }

    /// <summary>The searchable fields of Cvent's object pages (developers.cvent.com, legacy SOAP API object definitions).</summary>
    public static TheoryData<string, string> CventSearchableFields() => new()
    {
        { "Event", "EventTitle EventCode EventStartDate EventEndDate EventLaunchDate EventStatus PlanningStatus Hidden Location StateCode LastModifiedDate" },
        {
            "Guest", "EventID ContactID EventTitle EventCode GuestConfirmationNumber RegistrationID FirstName MiddleName LastName Nickname Company " +
            "Designation Email City RegistrationDate CreatedDate CreatedBy LastModifiedDate LastModifiedBy LastOptOutDate OptedOut Participant IsObfuscated"
        },
        {
            "Invitee", "ContactId SourceId FirstName LastName Company EmailAddress Participant EventId Status ConfirmationNumber LastModifiedDate " +
            "VoucherCode IsObfuscated"
        },
        {
            "Registration", "InviteeId ContactId SourceId FirstName LastName Company EmailAddress EventId GroupId GroupLeader RegistrationDate " +
            "CancelledDate LastModifiedDate ConfirmationNumber RegistrationType"
        },
        { "Session", "EventId" },

        // #17 part A: Cvent's tables (the 2008 guide for Transaction and Travel, developers.cvent.com's object pages and
        // SOAP-to-REST mapping for User, UserGroup, UserRole and EventQuestion).
        {
            "Transaction", "ContactId InviteeId EventId TransactionType Success TransactionNumber PaymentType NameOnCard ReferenceNumber BatchNumber " +
            "Amount TransactionDate"
        },
        { "Travel", "ContactId EventId RegistrationType" },
        { "User", "UserRole" },
        { "UserGroup", "UserGroupName InternalNote" },
        { "UserRole", "UserRoleName Description" },
        { "EventQuestion", "QuestionCode SurveyType QuestionType EventId EventCode ProductId LastModifiedDate" },
    };

    [Theory]
    [MemberData(nameof(CventSearchableFields))]
    public void Catalogue_SearchableFields_AreThoseOfCventsObjectPage(string type, string fields)
    {
        var descriptor = CvObjectCatalogue.All.Single(d => d.Name == type);

        Assert.Equal(fields.Split(' ').Order(StringComparer.Ordinal), descriptor.Fields.Where(f => f.Searchable).Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// For every field of every served type, DescribeCvObject's <c>Searchable</c> is what Search does with the field
    /// (named in lower case): a searchable one answers, any other faults CV20010.
    /// </summary>
    [Fact]
    public async Task DescribeCvObject_SearchableFlag_IsWhatSearchAccepts_ForEveryFieldOfEveryType()
    {
        var types = string.Concat(CvObjectCatalogue.All.Select(d => $"<CvObjectType>{d.Name}</CvObjectType>"));
        var describe = await Server.CallAsync(fixture.Token, "DescribeCvObject", $"<DescribeCvObject xmlns=\"{Tns}\"><ObjectTypes xmlns=\"{S1}\">{types}</ObjectTypes></DescribeCvObject>");
        var described = describe.Xml.Descendants(SoapEnvelopes.S1 + "DescribeCvObjectResult").Where(e => e.Attribute("Name") is not null).ToList();
        Assert.Equal(CvObjectCatalogue.All.Count, described.Count);

        var mismatches = new List<string>();
        foreach (var type in described)
        {
            var descriptor = CvObjectCatalogue.All.Single(d => d.Name == (string?)type.Attribute("Name"));
            foreach (var field in type.Elements(SoapEnvelopes.S1 + "Field"))
            {
                var name = (string)field.Attribute("Name")!;
                var searchable = (string?)field.Attribute("Searchable") == "true";
                var reply = await SearchAsync(descriptor.Name, Filter(name.ToLowerInvariant(), "Equals", SampleValue(descriptor.Field(name)!.Type)));
                var accepted = reply.Status == 200;
                if (accepted != searchable || (!accepted && reply.FaultCode != "CV20010"))
                {
                    mismatches.Add($"{descriptor.Name}.{name}: described {searchable}, Search answered {reply.Status} {reply.FaultCode}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    private static string SampleValue(CvFieldType type) => type switch
    {
        CvFieldType.Boolean => "True",
        CvFieldType.DateTime => "12/02/2026",
        CvFieldType.Integer => "1",
        CvFieldType.Double or CvFieldType.Decimal => "1,000.5",
        CvFieldType.Id => "00000000-0000-0000-0000-000000000000",
        _ => "x",
    };

    private string[] Events(string events) =>
        [.. new[] { ('C', Conference), ('S', Summit) }.Where(e => events.Contains(e.Item1, StringComparison.Ordinal)).Select(e => e.Item2).Order(StringComparer.Ordinal)];
}
