using System.Xml.Linq;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// Rows nested in nested rows (issue #17) over HTTP with raw SOAP against the demo tenant: a travel request's
/// <c>TravelSurveyDetail</c>s with their <c>Answer</c>s, and a transaction distribution's <c>GLCodes</c>, each written
/// inside its row where the WSDL's sequence puts it, with its attributes in WSDL order.
/// </summary>
public sealed partial class TravelAndEventDetailTests
{
    private static readonly XNamespace S1 = SoapEnvelopes.S1;

    [Fact]
    public async Task RetrieveTravel_WritesEachRequestsTravelQuestion_WithItsAnswersInside_AndAHotelRequestsQuestionsBeforeItsRoomRates()
    {
        var travel = Server.Manifest.Objects.First(o => o.Type == "Travel").Id;

        var rows = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", travel)))).Elements().ToList();

        Assert.Equal(["TravelSurveyDetail", "HotelRoomRate"], rows[0].Elements().Select(e => e.Name.LocalName));
        Assert.All(rows.SelectMany(r => r.Descendants()), e => Assert.Equal(SoapEnvelopes.S1, e.Name.Namespace));
        var hotel = rows[0].Element(S1 + "TravelSurveyDetail")!;
        Assert.Equal(
            $"<TravelSurveyDetail SurveyType=\"Travel\" QuestionId=\"{(string?)hotel.Attribute("QuestionId")}\" QuestionCode=\"HOTEL-ACCESS\" " +
            "QuestionText=\"Do you need an accessible room?\" />",
            Flat(hotel));
        Assert.True(CventId.TryParse((string?)hotel.Attribute("QuestionId"), out _));
        Assert.Equal("<Answer AnswerPart=\"\" AnswerColumn=\"\" AnswerText=\"No\" AnswerOther=\"\" AnswerComment=\"\" />", Flat(Assert.Single(hotel.Elements())));
        Assert.Equal(S1 + "Answer", hotel.Elements().Single().Name);

        var car = Assert.Single(rows[1].Elements());
        Assert.Equal(("CAR-EXTRAS", "Which extras do you need?"), ((string?)car.Attribute("QuestionCode"), (string?)car.Attribute("QuestionText")));
        Assert.Equal(["GPS", "Child seat"], car.Elements(S1 + "Answer").Select(a => (string?)a.Attribute("AnswerText")));
        var air = Assert.Single(rows[2].Elements());
        Assert.Equal(("AIR-MEAL", "Vegetarian"), ((string?)air.Attribute("QuestionCode"), (string?)Assert.Single(air.Elements()).Attribute("AnswerText")));
        Assert.Empty(rows[3].Elements(S1 + "TravelSurveyDetail")); // an AirActual has no travel questions in the WSDL
    }

    [Fact]
    public async Task RetrieveTransaction_WritesTheDistributionsGLCodesInside_InImportOrder_WithExactValues()
    {
        var transaction = Server.Manifest.Objects.First(o => o.Type == "Transaction").Id;

        var found = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Transaction", transaction))));

        var distribution = Assert.Single(found.Elements());
        Assert.Equal(S1 + "DistributionDetail", distribution.Name);
        Assert.All(distribution.Elements(), e => Assert.Equal(S1 + "GLCodes", e.Name));
        Assert.Equal(
            [
                "<GLCodes GLID=\"GL-4000\" GLName=\"Admissions\" GLCode=\"4000\" GLDescription=\"Conference admission\" GLCodeAllocationPercent=\"80\" />",
                "<GLCodes GLID=\"GL-4100\" GLName=\"Catering\" GLCode=\"4100\" GLDescription=\"Conference catering\" GLCodeAllocationPercent=\"20\" />",
            ],
            distribution.Elements().Select(Flat));
        var other = Server.Manifest.Objects.Where(o => o.Type == "Transaction").Skip(1).First().Id;
        var unbooked = Assert.Single(Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Transaction", other)))).Elements());
        Assert.Empty(unbooked.Elements()); // a distribution without codes: an empty element
    }

    [Fact]
    public async Task AnImportedAnswerOrGLCode_MovesItsObjectIntoGetUpdatedsWindow_AndOneOfAMissingQuestionIsRefused()
    {
        var travel = Server.Manifest.Objects.First(o => o.Type == "Travel").Id;
        var transaction = Server.Manifest.Objects.First(o => o.Type == "Transaction").Id;
        var rows = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", travel)))).Elements().ToList();
        var hotel = CventId.Parse((string)rows[0].Attribute("Id")!);
        var question = CventId.Parse((string)rows[0].Element(S1 + "TravelSurveyDetail")!.Attribute("QuestionId")!);
        Clock.Advance(TimeSpan.FromMinutes(10));
        var start = Clock.GetUtcNow();
        string Window(string type) => ObjectCalls.Window("GetUpdated", type, Gmt(start), Gmt(start.AddMinutes(2)));
        Assert.DoesNotContain(travel, Ids(await Server.CallAsync(Token, "GetUpdated", Window("Travel")), "GetUpdated"));
        Assert.DoesNotContain(transaction, Ids(await Server.CallAsync(Token, "GetUpdated", Window("Transaction")), "GetUpdated"));
        var missing = CventId.New();

        var errors = await ImportAsync(
            Row(TravelObject.Descriptor, TravelObject.HotelSurveyAnswerImport, travel, ("Id", hotel), ("QuestionId", question), ("AnswerText", "Yes"), ("AnswerComment", "Ground floor")),
            Row(TravelObject.Descriptor, TravelObject.HotelSurveyAnswerImport, travel, ("Id", hotel), ("QuestionId", missing), ("AnswerText", "Yes")),
            Row(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction, ("ProductId", CventId.Parse(Server.Conference.Id)), ("GLID", "GL-4200"),
                ("GLCodeAllocationPercent", 5L)));

        Assert.Equal(
            [("travel.hotelrequest.travelsurveydetail.answer", $"TravelSurveyDetail {hotel}/{missing} of Travel {travel} does not exist.")],
            errors.Select(e => (e.Kind, e.Message)));
        Assert.Contains(travel, Ids(await Server.CallAsync(Token, "GetUpdated", Window("Travel")), "GetUpdated"));
        Assert.Contains(transaction, Ids(await Server.CallAsync(Token, "GetUpdated", Window("Transaction")), "GetUpdated"));
        var answers = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", travel)))).Elements().First()
            .Element(S1 + "TravelSurveyDetail")!.Elements().ToList();
        Assert.Equal([("No", ""), ("Yes", "Ground floor")], answers.Select(a => ((string?)a.Attribute("AnswerText"), (string?)a.Attribute("AnswerComment"))));
        var codes = Assert.Single(Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Transaction", transaction)))).Elements()).Elements();
        Assert.Equal(["GL-4000", "GL-4100", "GL-4200"], codes.Select(c => (string?)c.Attribute("GLID")));
    }

    private static CvDetailRow Row(CvObjectDescriptor type, CvDetailDescriptor detail, string parent, params (string Field, object Value)[] values) =>
        new(type, detail, CventId.Parse(parent), values.ToDictionary(v => v.Field, v => (object?)v.Value));
}
