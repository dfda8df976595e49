using System.Xml.Linq;
using Breakout.Admin;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// The types of issue #17 part B over HTTP with raw SOAP, each against the demo tenant's objects: Retrieve (fields and
/// details in WSDL order, <c>xsi:type</c>), Search on a searchable field (or unfiltered, for a type Cvent gives none),
/// a non-searchable field refused, GetUpdated after a change, DescribeCvObject and DescribeGlobal; a Response's
/// answers; a deleted contact leaving its lists.
/// </summary>
public sealed class SurveyAndListObjectTests : ClockedServerTest
{
    public static TheoryData<string> Types() =>
    [
        "Survey", "SurveyQuestion", "Respondent", "Response", "SurveyEmailHistory", "EventEmailHistory", "ContactGroup", "DistributionList", "Appointment",
        "AppointmentAttendee",
    ];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task PartBType_IsRetrievedSearchedReplicatedAndDescribed(string typeName)
    {
        var type = CvObjectCatalogue.All.Single(d => d.Name == typeName);
        var id = Server.Manifest.Objects.First(o => o.Type == typeName).Id;

        // Retrieve: the type's fields with a value, in WSDL order after xsi:type and Id; the details after, in WSDL order.
        var found = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve(typeName, id.ToLowerInvariant()))));
        Assert.Equal(typeName, (string?)found.Attribute(Xsi + "type"));
        var names = found.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None).Select(a => a.Name.LocalName).ToList();
        Assert.Equal(["Id", .. type.Fields.Select(f => f.Name).Where(names.Contains)], names);
        Assert.Equal(id, (string?)found.Attribute("Id"));
        var elements = found.Elements().Select(e => e.Name.LocalName).Distinct().ToList();
        Assert.Equal(type.Details.Select(d => d.Element).Where(elements.Contains), elements);

        // Search: by a searchable field the object has a value in; a type without searchable fields by an unfiltered Search.
        var searchable = type.Fields.FirstOrDefault(f => f.Searchable && f.Type != CvFieldType.DateTime && (string?)found.Attribute(f.Name) is { Length: > 0 });
        var filters = searchable is null ? [] : new[] { Filter(searchable.Name, "Equals", (string)found.Attribute(searchable.Name)!) };
        Assert.Equal(searchable is null, type.Fields.All(f => !f.Searchable || f.Type == CvFieldType.DateTime));
        Assert.Contains(id, Ids(await Server.CallAsync(Token, "Search", Search(typeName, "AndSearch", filters)), "Search"));
        var refused = await Server.CallAsync(Token, "Search", Search(typeName, "AndSearch", Filter(type.Fields.First(f => !f.Searchable).Name, "Equals", "x")));
        Assert.Equal(("CV20010", "INVALID_SEARCH_FILTER"), (refused.FaultCode, refused.FaultString));

        // GetUpdated: the object is in a window after it changes and not before; a Survey windows on its launch date, as Cvent's page says.
        if (typeName == "Survey")
        {
            var launched = DateTimeOffset.Parse((string)found.Attribute("SurveyLaunchDate")! + "Z", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", typeName, Gmt(launched), Gmt(launched.AddMinutes(1)))), "GetUpdated"));
            Assert.DoesNotContain(id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", typeName, Gmt(launched.AddMinutes(1)), Gmt(launched.AddDays(1)))), "GetUpdated"));
        }
        else
        {
            Clock.Advance(TimeSpan.FromMinutes(10));
            var start = Clock.GetUtcNow();
            Assert.DoesNotContain(id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", typeName, Gmt(start), Gmt(start.AddMinutes(2)))), "GetUpdated"));
            await ReimportAsync(id);
            Assert.Contains(id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", typeName, Gmt(start), Gmt(start.AddMinutes(2)))), "GetUpdated"));
        }

        // DescribeCvObject: the type's definition; DescribeGlobal lists it.
        var described = await Server.CallAsync(Token, "DescribeCvObject",
            $"<DescribeCvObject xmlns=\"{Tns}\"><ObjectTypes xmlns=\"{S1}\"><CvObjectType>{typeName}</CvObjectType></ObjectTypes></DescribeCvObject>");
        Assert.Equal(type.Fields.Select(f => (f.Name, f.Searchable ? "true" : "false")),
            described.Xml.Descendants(SoapEnvelopes.S1 + "Field").Select(f => ((string)f.Attribute("Name")!, (string)f.Attribute("Searchable")!)));
        var global = await Server.CallAsync(Token, "DescribeGlobal", $"<DescribeGlobal xmlns=\"{Tns}\" />");
        Assert.Contains(typeName, global.Xml.Descendants(SoapEnvelopes.S1 + "CvObjectTypes").Select(e => e.Value));
    }

    [Fact]
    public async Task Search_Survey_ByAssociatedEventDetailEventId_FindsTheSurveysOfThatEvent()
    {
        var surveys = Server.Manifest.Objects.Where(o => o.Type == "Survey").Select(o => o.Id).ToList();
        var summit = Server.Manifest.Events[1].Id;

        var ofConference = Ids(await Server.CallAsync(Token, "Search", Search("Survey", "AndSearch", Filter("AssociatedEventDetail/EventId", "Equals", Server.Conference.Id))), "Search");
        var ofSummit = Ids(await Server.CallAsync(Token, "Search", Search("Survey", "AndSearch", Filter("EventId", "Equals", summit))), "Search");
        var notOfConference = Ids(await Server.CallAsync(Token, "Search", Search("Survey", "AndSearch", Filter("AssociatedEventDetail/EventId", "Not Equal to", Server.Conference.Id))), "Search");

        Assert.Equal([surveys[0]], ofConference);
        Assert.Equal([surveys[1]], ofSummit);
        Assert.Equal([surveys[1]], notOfConference);
    }

    [Fact]
    public async Task Retrieve_Response_WritesItsSurveyDetailsAsElementsWithTheAnswersInPlace()
    {
        var id = Server.Manifest.Objects.First(o => o.Type == "Response").Id;

        var reply = await Server.CallAsync(Token, "Retrieve", Retrieve("Response", id));

        var response = Assert.Single(Objects(reply));
        Assert.Equal(("Complete Response", "1"), ((string?)response.Attribute("Status"), (string?)response.Attribute("ResponseNumber")));
        var details = response.Elements(SoapEnvelopes.S1 + "SurveyDetail").ToList();
        Assert.Equal(["RATING", "SESSIONS", "COMMENTS"], details.Select(d => d.Element(SoapEnvelopes.S1 + "QuestionCode")?.Value));
        var rating = details[0];
        Assert.Empty(rating.Attributes());
        Assert.Equal(["QuestionText", "QuestionType", "Answer", "QuestionScore", "QuestionCode", "QuestionNumber"], rating.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("1", "4.00"), (rating.Element(SoapEnvelopes.S1 + "QuestionType")?.Value, rating.Element(SoapEnvelopes.S1 + "QuestionScore")?.Value));
        var answer = rating.Element(SoapEnvelopes.S1 + "Answer")!;
        Assert.Equal(["AnswerPart", "AnswerColumn", "AnswerText", "AnswerOther", "AnswerExportValue", "AnswerComment"], answer.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Excellent", answer.Element(SoapEnvelopes.S1 + "AnswerText")?.Value);
        Assert.Equal("true", (string?)answer.Element(SoapEnvelopes.S1 + "AnswerComment")!.Attribute(Xsi + "nil"));
        Assert.Equal(2, details[1].Elements(SoapEnvelopes.S1 + "Answer").Count());
        Assert.Equal("0.00", details[1].Element(SoapEnvelopes.S1 + "QuestionScore")?.Value);
        Assert.Contains("<AnswerPart xsi:nil=\"true\" />", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteContact_TakesTheContactOutOfItsContactGroupAndDistributionList()
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;
        var members = DemoTenant.Build().Details.Where(d => d.Detail == ContactGroupObject.Members || d.Detail == DistributionListObject.Members)
            .Select(d => (d.Type.Type, d.ParentId, Contact: (CventId)d.Values["ContactId"]!)).ToList();
        var (group, contact) = members.Where(m => m.Type == CvObjectType.ContactGroup).Select(m => (m.ParentId, m.Contact))
            .First(g => members.Any(m => m.Type == CvObjectType.DistributionList && m.Contact == g.Contact));
        var list = members.First(m => m.Type == CvObjectType.DistributionList && m.Contact == contact).ParentId;
        Assert.Contains(contact.ToString(), (await store.GetListMembersAsync(account.Key, CvObjectType.ContactGroup, group, TestContext.Current.CancellationToken))!);

        var deleted = await Server.CallAsync(Token, "DeleteContact", $"<DeleteContact xmlns=\"{Tns}\"><CvObjects><CvObject Id=\"{contact}\"/></CvObjects></DeleteContact>");

        Assert.Equal(["true"], deleted.Xml.Descendants().Attributes("Success").Select(a => a.Value));
        Assert.DoesNotContain(contact.ToString(), (await store.GetListMembersAsync(account.Key, CvObjectType.ContactGroup, group, TestContext.Current.CancellationToken))!);
        Assert.DoesNotContain(contact.ToString(), (await store.GetListMembersAsync(account.Key, CvObjectType.DistributionList, list, TestContext.Current.CancellationToken))!);
        Assert.Equal(9, (await store.GetListMembersAsync(account.Key, CvObjectType.ContactGroup, group, TestContext.Current.CancellationToken))!.Count);
    }

    /// <summary>Imports the demo's row of the object again, as a change Cvent's web application would make.</summary>
    private async Task ReimportAsync(string id)
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;
        var batch = new CatalogBatch { Objects = [.. DemoTenant.Build().Objects.Where(o => o.Id.ToString() == id)] };
        Assert.Equal(1, batch.Count);
        Assert.Empty(await store.ImportAsync(account.Key, batch, TestContext.Current.CancellationToken));
    }
}
