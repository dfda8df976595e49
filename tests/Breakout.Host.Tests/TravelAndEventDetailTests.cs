using System.Xml.Linq;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// Travel's and EventDetail's details (issue #17) over HTTP with raw SOAP against the demo tenant: Retrieve writes each
/// detail element after the attributes in the WSDL's order, each with its attributes in WSDL order and its values as
/// Cvent writes them; an imported detail row moves the parent into GetUpdated's window.
/// </summary>
public sealed partial class TravelAndEventDetailTests : ClockedServerTest
{
    [Fact]
    public async Task RetrieveTravel_AnswersHotelCarAndAirRequestsAndTheBookedFlight_InWsdlOrder_WithExactValues()
    {
        var travel = Server.Manifest.Objects.First(o => o.Type == "Travel").Id;

        var reply = await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", travel));

        var rows = Assert.Single(Objects(reply)).Elements().ToList();
        Assert.All(rows, r => Assert.Equal(SoapEnvelopes.S1, r.Name.Namespace));
        Assert.Equal(["HotelRequest", "CarRequest", "AirRequest", "AirActual"], rows.Select(r => r.Name.LocalName));
        AssertInWsdlOrder(rows[0], TravelObject.HotelRequest);
        AssertInWsdlOrder(rows[1], TravelObject.CarRequest);
        AssertInWsdlOrder(rows[2], TravelObject.AirRequest);
        AssertInWsdlOrder(rows[3], TravelObject.AirActual);
        var requester = (string)rows[0].Attribute("RequesterId")!;
        Assert.Equal(
            ("Invitee", "Harbour View Hotel", "1", "2027-06-13T09:00:00", "2027-06-17T09:00:00", "false", "Confirmed", "657.50", "USD", ""),
            ((string?)rows[0].Attribute("RequesterType"), (string?)rows[0].Attribute("HotelName"), (string?)rows[0].Attribute("Quantity"),
             (string?)rows[0].Attribute("CheckinDate"), (string?)rows[0].Attribute("CheckoutDate"), (string?)rows[0].Attribute("Smoking"),
             (string?)rows[0].Attribute("Status"), (string?)rows[0].Attribute("TotalAmount"), (string?)rows[0].Attribute("CurrencyCode"),
             (string?)rows[0].Attribute("SpecialNeeds")));
        Assert.Null(rows[0].Attribute("HotelLastModifiedDate")); // a date without a value is left out
        Assert.Equal(("2027-06-13T09:00:00", "10:00 AM", "CAR4411", "false"),
            ((string?)rows[1].Attribute("PickUpDate"), (string?)rows[1].Attribute("PickUpTime"), (string?)rows[1].Attribute("ConfirmationNumber"),
             (string?)rows[1].Attribute("Cancelled")));
        Assert.Equal(("London Heathrow", "2027-06-17T09:00:00", "07:00 PM"),
            ((string?)rows[2].Attribute("Leg1Origin"), (string?)rows[2].Attribute("Leg2Date"), (string?)rows[2].Attribute("Leg2Time")));
        Assert.Equal(
            $"<AirActual RequesterId=\"{requester}\" RequesterType=\"Invitee\" Name=\"{(string?)rows[3].Attribute("Name")}\" ConfirmationNumber=\"QX7L2P\" " +
            "TotalAmount=\"842.10\" CurrencyCode=\"USD\" Note=\"\" GDSRecordLocator=\"QX7L2P\" GDSNote=\"\" LastModifiedBy=\"\" JourneyType=\"Round Trip\" />",
            Flat(rows[3]));
        Assert.All(rows.Skip(1), r => Assert.Equal(requester, (string?)r.Attribute("RequesterId")));
    }

    [Fact]
    public async Task RetrieveEventDetail_AnswersTheEventsPlanningHistoryFormsRolesFaqsStaffAndFees_InWsdlOrder_WithExactValues()
    {
        var found = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("EventDetail", Server.Conference.Id))));

        var rows = found.Elements().ToList();
        Assert.Equal(["PlanningStatusHistory", "ProcessFormDetail", "EventRoleDetail", "FAQDetail", "FAQDetail", "StaffDetail", "Fees"], rows.Select(r => r.Name.LocalName));
        foreach (var row in rows)
        {
            AssertInWsdlOrder(row, EventDetailObject.Descriptor.Details.Single(d => d.Element == row.Name.LocalName));
        }

        Assert.Equal(
            "<PlanningStatusHistory OldStatus=\"Planning\" NewStatus=\"Active\" ActionDate=\"2027-01-14T09:00:00\" ModifiedBy=\"Ada Lovelace\" Comments=\"Registration opened\" />",
            Flat(rows[0]));
        Assert.Equal(
            $"<ProcessFormDetail ID=\"{(string?)rows[1].Attribute("ID")}\" Name=\"Event approval\" Status=\"Approved\" SubmittedBy=\"Grace Hopper\" " +
            "SubmittedDate=\"2026-12-14T09:00:00\" LastModifiedBy=\"\" />",
            Flat(rows[1]));
        Assert.Equal(("Grace", "Event Manager", "2026-12-14T09:00:00", ""),
            ((string?)rows[2].Attribute("AssigneeFirstName"), (string?)rows[2].Attribute("AssignedRole"), (string?)rows[2].Attribute("AssignedDate"),
             (string?)rows[2].Attribute("EmailComments")));
        Assert.Equal("<FAQDetail Question=\"Is there a dress code?\" Answer=\"Business casual.\" Sequence=\"1\" Language=\"English\" Active=\"true\" />", Flat(rows[3]));
        Assert.Equal("2", (string?)rows[4].Attribute("Sequence"));
        Assert.Equal(
            "<StaffDetail StaffFirstName=\"Alan\" StaffLastName=\"Turing\" StaffRole=\"Registration desk\" StaffEmailAddress=\"alan@example.com\" DisplayOnWebsite=\"true\" " +
            "StaffAddress1=\"\" StaffAddress2=\"\" StaffAddress3=\"\" StaffCity=\"Boston\" StaffState=\"\" StaffStateCode=\"\" StaffPostalCode=\"\" StaffCountry=\"\" " +
            "StaffCountryCode=\"US\" />",
            Flat(rows[5]));
        Assert.Equal(
            $"<Fees FeeID=\"{(string?)rows[6].Attribute("FeeID")}\" FeeName=\"Late registration\" FeeAmount=\"50\" ProductID=\"{Server.Conference.Id}\" " +
            $"ProductName=\"{Server.Conference.Title}\" Active=\"true\" CreatedDate=\"2026-12-14T09:00:00\" GLName=\"Fees\" GLDescription=\"Late fees\" " +
            "GLCode=\"4010\" GLID=\"GL-4010\" />",
            Flat(rows[6]));
        var code = Assert.Single(rows[6].Elements());
        Assert.Equal(SoapEnvelopes.S1 + "GLCodes", code.Name);
        Assert.Equal("<GLCodes GLID=\"GL-4010\" GLName=\"Fees\" GLCode=\"4010\" GLDescription=\"Late fees\" GLCodeAllocationPercent=\"100\" />", Flat(code));
        Assert.All(rows.SkipLast(1), r => Assert.Empty(r.Elements()));
    }

    [Fact]
    public async Task AnImportedDetailRow_MovesTravelAndEventDetailIntoGetUpdatedsWindow_AndAnotherAccountsParentIsRefused()
    {
        var travel = Server.Manifest.Objects.First(o => o.Type == "Travel").Id;
        Clock.Advance(TimeSpan.FromMinutes(10));
        var start = Clock.GetUtcNow();
        string Window(string type) => ObjectCalls.Window("GetUpdated", type, Gmt(start), Gmt(start.AddMinutes(2)));
        Assert.DoesNotContain(travel, Ids(await Server.CallAsync(Token, "GetUpdated", Window("Travel")), "GetUpdated"));
        Assert.DoesNotContain(Server.Conference.Id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("EventDetail")), "GetUpdated"));

        var errors = await ImportAsync(
            new CvDetailRow(TravelObject.Descriptor, TravelObject.CarRequest, CventId.Parse(travel), new Dictionary<string, object?>
            {
                ["RequestId"] = CventId.New(),
                ["RentalCarCompany"] = "Second Rentals",
                ["Cancelled"] = true,
            }),
            new CvDetailRow(EventDetailObject.Descriptor, EventDetailObject.FAQDetail, CventId.Parse(Server.Conference.Id), new Dictionary<string, object?>
            {
                ["Question"] = "Is there parking?",
                ["Answer"] = "Yes.",
                ["Sequence"] = 3L,
            }),
            new CvDetailRow(EventDetailObject.Descriptor, EventDetailObject.StaffDetail, CventId.New(), new Dictionary<string, object?> { ["StaffEmailAddress"] = "x@example.com" }));

        Assert.Equal(["eventdetail.staffdetail"], errors.Select(e => e.Kind));
        Assert.Contains(travel, Ids(await Server.CallAsync(Token, "GetUpdated", Window("Travel")), "GetUpdated"));
        Assert.Contains(Server.Conference.Id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("EventDetail")), "GetUpdated"));
        var cars = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", travel)))).Elements(SoapEnvelopes.S1 + "CarRequest").ToList();
        Assert.Equal(["Example Rentals", "Second Rentals"], cars.Select(c => (string?)c.Attribute("RentalCarCompany")));
        Assert.Equal("true", (string?)cars[1].Attribute("Cancelled"));
    }

    [Fact]
    public async Task RetrieveTravel_WritesTheRoomRateInsideItsHotelRequest_AndTheFlightInsideItsBookedItinerary_WithExactValues()
    {
        var travel = Server.Manifest.Objects.First(o => o.Type == "Travel").Id;

        var rows = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", travel)))).Elements().ToList();

        var rate = Assert.Single(rows[0].Elements(SoapEnvelopes.S1 + "HotelRoomRate"));
        Assert.Equal("<HotelRoomRate RoomNight=\"2027-06-13T09:00:00\" RoomRate=\"219.50\" />", Flat(rate));
        Assert.All(rows[1..3].SelectMany(r => r.Elements()), e => Assert.Equal(SoapEnvelopes.S1 + "TravelSurveyDetail", e.Name)); // no rates or flights
        var flight = Assert.Single(rows[3].Elements());
        Assert.Equal(SoapEnvelopes.S1 + "FlightDetail", flight.Name);
        Assert.Equal(
            "<FlightDetail Airline=\"Example Air\" FlightNumber=\"EA 101\" Origin=\"London Heathrow\" OriginCode=\"LHR\" Destination=\"Boston Logan\" " +
            "DestinationCode=\"BOS\" Departing=\"2027-06-13T09:00:00\" Arriving=\"2027-06-13T16:00:00\" SeatNumber=\"14C\" TicketClass=\"Economy\" " +
            "FlightConfirmationNumber=\"QX7L2P\" FlightGDSRecordLocator=\"QX7L2P\" JourneySegment=\"Outbound\" />",
            Flat(flight));
        AssertInWsdlOrder(flight, TravelObject.FlightDetail);

        // The second travel record's hotel request has no rates: an empty element, as ASMX writes a row without children.
        var second = Server.Manifest.Objects.Where(o => o.Type == "Travel").Skip(1).First().Id;
        var other = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", second)))).Elements().ToList();
        Assert.Empty(Assert.Single(other).Elements());
    }

    [Fact]
    public async Task ImportedNestedRows_AreWrittenInsideTheirOuterRowInImportOrder_ANestedRowOfAMissingOuterRowIsRefused_AndTravelMovesIntoGetUpdated()
    {
        var travel = Server.Manifest.Objects.First(o => o.Type == "Travel").Id;
        var retrieved = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", travel)))).Elements().ToList();
        var hotel = CventId.Parse((string)retrieved[0].Attribute("Id")!);
        var requester = CventId.Parse((string)retrieved[3].Attribute("RequesterId")!);
        Clock.Advance(TimeSpan.FromMinutes(10));
        var start = Clock.GetUtcNow();
        var night = new DateTimeOffset(2027, 6, 14, 9, 0, 0, TimeSpan.Zero);
        var (missingHotel, missingTravel) = (CventId.New(), CventId.New());

        CvDetailRow Row(CvDetailDescriptor detail, string parent, params (string Field, object Value)[] values) =>
            new(TravelObject.Descriptor, detail, CventId.Parse(parent), values.ToDictionary(v => v.Field, v => (object?)v.Value));
        var errors = await ImportAsync(
            Row(TravelObject.HotelRoomRateImport, travel, ("Id", hotel), ("RoomNight", night), ("RoomRate", 199m)),
            Row(TravelObject.HotelRoomRateImport, travel, ("Id", hotel), ("RoomNight", night), ("RoomRate", 205.25m)), // the same night again: replaces it
            Row(TravelObject.FlightDetailImport, travel, ("RequesterId", requester), ("ConfirmationNumber", "QX7L2P"), ("FlightNumber", "EA 102"),
                ("Departing", night.AddDays(3)), ("Origin", "Boston Logan"), ("TicketClass", "Economy")),
            Row(TravelObject.FlightDetailImport, travel, ("RequesterId", requester), ("ConfirmationNumber", "NOSUCH"), ("FlightNumber", "EA 103"),
                ("Departing", night)),
            Row(TravelObject.HotelRoomRateImport, travel, ("Id", missingHotel), ("RoomNight", night)),
            Row(TravelObject.FlightDetailImport, travel, ("RequesterId", requester), ("ConfirmationNumber", "QX7L2P"), ("FlightNumber", "EA 104")),
            Row(TravelObject.HotelRoomRateImport, missingTravel.ToString(), ("Id", hotel), ("RoomNight", night)));

        Assert.Equal(
            [
                ("travel.hotelrequest.hotelroomrate", $"HotelRequest {missingHotel} of Travel {travel} does not exist."),
                ("travel.hotelrequest.hotelroomrate", $"Travel {missingTravel} does not exist."),
                ("travel.airactual.flightdetail", $"AirActual {requester}/NOSUCH of Travel {travel} does not exist."),
                ("travel.airactual.flightdetail", "Departing is missing."),
            ],
            errors.Select(e => (e.Kind, e.Message)));

        var rows = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Travel", travel)))).Elements().ToList();
        Assert.Equal([("2027-06-13T09:00:00", "219.50"), ("2027-06-14T09:00:00", "205.25")],
            rows[0].Elements(SoapEnvelopes.S1 + "HotelRoomRate").Select(r => ((string)r.Attribute("RoomNight")!, (string)r.Attribute("RoomRate")!)));
        Assert.Equal(["EA 101", "EA 102"], rows[3].Elements(SoapEnvelopes.S1 + "FlightDetail").Select(f => (string)f.Attribute("FlightNumber")!));
        var added = rows[3].Elements().Last();
        Assert.Equal(("Boston Logan", "", "2027-06-17T09:00:00", null), ((string?)added.Attribute("Origin"), (string?)added.Attribute("Airline"),
            (string?)added.Attribute("Departing"), (string?)added.Attribute("Arriving")));
        var window = ObjectCalls.Window("GetUpdated", "Travel", Gmt(start), Gmt(start.AddMinutes(2)));
        Assert.Contains(travel, Ids(await Server.CallAsync(Token, "GetUpdated", window), "GetUpdated"));
    }

    /// <summary>
    /// A row's attributes follow its WSDL type's order, and every text, ID and flag attribute is written (empty when it has
    /// no value, as Breakout writes every detail); only dates and numbers without a value are left out.
    /// </summary>
    private static void AssertInWsdlOrder(XElement row, CvDetailDescriptor detail)
    {
        var names = row.Attributes().Select(a => a.Name.LocalName).ToList();
        Assert.Equal(detail.Fields.Select(f => f.Name).Where(names.Contains), names);
        Assert.All(detail.Fields.Where(f => f.Type is CvFieldType.String or CvFieldType.Id or CvFieldType.Boolean), f => Assert.Contains(f.Name, names));
    }

    /// <summary>The element with its attributes only, by local name: the row as Cvent would write it, without namespaces.</summary>
    private static string Flat(XElement row) => new XElement(row.Name.LocalName, row.Attributes()).ToString();

    private async Task<IReadOnlyList<ImportRowError>> ImportAsync(params CvDetailRow[] rows)
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;
        return await store.ImportAsync(account.Key, new CatalogBatch { Details = rows }, TestContext.Current.CancellationToken);
    }
}
