using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Travel type: the attributes of <c>s1:Travel</c> in WSDL order, an invitee's travel record for an event (the
/// invitee, <c>InviteeId</c> in the import, gives the contact and event fields). Flags from the Travel table of the
/// "Cvent Web Services API" guide, Version V200611 (June 2008 edition, §3.10): all fields read-only; ContactId,
/// EventId and RegistrationType searchable. The type has no modification-date attribute, so GetUpdated windows on the
/// time Breakout last imported the record or one of its details. Its details are the invitee's hotel, car and air
/// requests and booked flights (<see cref="HotelRequest"/>, <see cref="CarRequest"/>, <see cref="AirRequest"/>,
/// <see cref="AirActual"/>), each with the attributes of its WSDL type in order. Nested in them are a hotel request's
/// nightly rates (<see cref="HotelRoomRate"/>), a booked itinerary's flights (<see cref="FlightDetail"/>) and a
/// request's travel questions (<see cref="TravelSurveyDetail"/>), each with its <c>Answer</c>s.
/// </summary>
public static class TravelObject
{
    /// <summary>
    /// <c>s1:HotelRoomRate</c> inside a <c>HotelRequest</c>: the rate of one night of the stay. One row per
    /// <c>RoomNight</c>, which the import requires.
    /// </summary>
    public static readonly CvDetailDescriptor HotelRoomRate = new("HotelRoomRate",
    [
        new("RoomNight", T.DateTime, ReadOnly: true),
        new("RoomRate", T.Decimal, ReadOnly: true),
    ]);

    /// <summary>
    /// <c>s1:FlightDetail</c> inside an <c>AirActual</c>: one flight of the booked itinerary. One row per
    /// <c>FlightNumber</c> and <c>Departing</c> time, both required by the import.
    /// </summary>
    public static readonly CvDetailDescriptor FlightDetail = new("FlightDetail",
    [
        new("Airline", T.String, 100, ReadOnly: true),
        new("FlightNumber", T.String, 20, ReadOnly: true),
        new("Origin", T.String, 100, ReadOnly: true),
        new("OriginCode", T.String, 10, ReadOnly: true),
        new("Destination", T.String, 100, ReadOnly: true),
        new("DestinationCode", T.String, 10, ReadOnly: true),
        new("Departing", T.DateTime, ReadOnly: true),
        new("Arriving", T.DateTime, ReadOnly: true),
        new("SeatNumber", T.String, 20, ReadOnly: true),
        new("TicketClass", T.String, 50, ReadOnly: true),
        new("FlightConfirmationNumber", T.String, 50, ReadOnly: true),
        new("FlightGDSRecordLocator", T.String, 50, ReadOnly: true),
        new("JourneySegment", T.String, 50, ReadOnly: true),
    ]);

    /// <summary>
    /// <c>s1:TravelAnswer</c> inside a <c>TravelSurveyDetail</c>: one answer to a travel question (a choice, a matrix
    /// cell, a text). Cvent documents the type by its WSDL only; Breakout tells a question's answers apart by
    /// <c>AnswerText</c>, which the import requires.
    /// </summary>
    public static readonly CvDetailDescriptor TravelAnswer = new("Answer",
    [
        new("AnswerPart", T.String, 2000, ReadOnly: true),
        new("AnswerColumn", T.String, 2000, ReadOnly: true),
        new("AnswerText", T.String, 4000, ReadOnly: true),
        new("AnswerOther", T.String, 2000, ReadOnly: true),
        new("AnswerComment", T.String, 2000, ReadOnly: true),
    ]);

    /// <summary>
    /// <c>s1:TravelSurveyDetail</c> inside a <c>HotelRequest</c>: a travel question of the hotel request and its
    /// <see cref="TravelAnswer"/>s. One row per <c>QuestionId</c>, which the import requires. The same WSDL type nested
    /// in a CarRequest and an AirRequest is <see cref="CarSurveyDetail"/> and <see cref="AirSurveyDetail"/>.
    /// </summary>
    public static readonly CvDetailDescriptor TravelSurveyDetail = new("TravelSurveyDetail",
    [
        new("SurveyType", T.String, 50, ReadOnly: true),
        new("QuestionId", T.Id, ReadOnly: true),
        new("QuestionCode", T.String, 50, ReadOnly: true),
        new("QuestionText", T.String, 2000, ReadOnly: true),
    ])
    {
        Nested = [TravelAnswer],
    };

    /// <summary>A CarRequest's <c>TravelSurveyDetail</c> (stored apart from a hotel request's).</summary>
    public static readonly CvDetailDescriptor CarSurveyDetail = TravelSurveyDetail.Another();

    /// <summary>An AirRequest's <c>TravelSurveyDetail</c> (stored apart from a hotel request's).</summary>
    public static readonly CvDetailDescriptor AirSurveyDetail = TravelSurveyDetail.Another();

    /// <summary>
    /// <c>s1:HotelRequest</c>, a hotel room the invitee (or a guest, <c>RequesterType</c>) asked for. The WSDL type
    /// extends <c>CvObject</c>, so its <c>Id</c> (the request's) comes first; the import requires it, a second row with the
    /// same <c>Id</c> replacing the first. Field types are the WSDL's (<c>Quantity</c> and <c>Handicap</c> are strings
    /// there, though the June 2008 guide's table calls them Integer and Boolean).
    /// </summary>
    public static readonly CvDetailDescriptor HotelRequest = new("HotelRequest",
    [
        new("Id", T.Id, Required: true, ReadOnly: true),
        new("RequesterId", T.Id, ReadOnly: true),
        new("RequesterType", T.String, 50, ReadOnly: true),
        new("RequesterFirstName", T.String, 30, ReadOnly: true),
        new("RequesterLastName", T.String, 50, ReadOnly: true),
        new("HotelName", T.String, 200, ReadOnly: true),
        new("HotelCode", T.String, 50, ReadOnly: true),
        new("RoomName", T.String, 200, ReadOnly: true),
        new("RoomCode", T.String, 50, ReadOnly: true),
        new("Quantity", T.String, 10, ReadOnly: true),
        new("RoommateRequest", T.String, 200, ReadOnly: true),
        new("SpecialNeeds", T.String, 2000, ReadOnly: true),
        new("RewardsCode", T.String, 50, ReadOnly: true),
        new("CheckinDate", T.DateTime, ReadOnly: true),
        new("CheckoutDate", T.DateTime, ReadOnly: true),
        new("Smoking", T.Boolean, ReadOnly: true),
        new("Cancelled", T.Boolean, ReadOnly: true),
        new("Status", T.String, 50, ReadOnly: true),
        new("ConfirmationNumber", T.String, 50, ReadOnly: true),
        new("Handicap", T.String, 50, ReadOnly: true),
        new("ShareRoom", T.Boolean, ReadOnly: true),
        new("RoommateLeader", T.Boolean, ReadOnly: true),
        new("Gender", T.String, 20, ReadOnly: true),
        new("TotalAmount", T.Decimal, ReadOnly: true),
        new("CurrencyCode", T.String, 10, ReadOnly: true),
        new("RoomCharge", T.Boolean, ReadOnly: true),
        new("RoomTaxBillingInstructions", T.String, 2000, ReadOnly: true),
        new("IncidentalBillingInstructions", T.String, 2000, ReadOnly: true),
        new("LastModifiedBy", T.String, 100, ReadOnly: true),
        new("HotelLastModifiedDate", T.DateTime, ReadOnly: true),
        new("PlannerMemo", T.String, 2000, ReadOnly: true),
        new("EarliestShoulderDate", T.DateTime, ReadOnly: true),
        new("LatestShoulderDate", T.DateTime, ReadOnly: true),
        new("RoomTaxBillingExceptions", T.String, 2000, ReadOnly: true),
        new("IncidentalBillingExceptions", T.String, 2000, ReadOnly: true),
        new("HotelAddress1", T.String, 100, ReadOnly: true),
        new("HotelAddress2", T.String, 100, ReadOnly: true),
        new("HotelAddress3", T.String, 100, ReadOnly: true),
        new("HotelCity", T.String, 50, ReadOnly: true),
        new("HotelState", T.String, 50, ReadOnly: true),
        new("HotelPostalCode", T.String, 20, ReadOnly: true),
        new("HotelCountry", T.String, 50, ReadOnly: true),
    ])
    {
        Nested = [TravelSurveyDetail, HotelRoomRate],
    };

    /// <summary><c>s1:CarRequest</c>, a rental car asked for; the import requires its <c>RequestId</c>, which tells rows apart.</summary>
    public static readonly CvDetailDescriptor CarRequest = new("CarRequest",
    [
        new("RequestId", T.Id, Required: true, ReadOnly: true),
        new("RequesterId", T.Id, ReadOnly: true),
        new("RequesterType", T.String, 50, ReadOnly: true),
        new("RequesterFirstName", T.String, 30, ReadOnly: true),
        new("RequesterLastName", T.String, 50, ReadOnly: true),
        new("PickUpDate", T.DateTime, ReadOnly: true),
        new("PickUpTime", T.String, 20, ReadOnly: true),
        new("DropOffDate", T.DateTime, ReadOnly: true),
        new("DropOffTime", T.String, 20, ReadOnly: true),
        new("RentalCarType", T.String, 100, ReadOnly: true),
        new("RentalCarCompany", T.String, 100, ReadOnly: true),
        new("RewardsCode", T.String, 50, ReadOnly: true),
        new("Cancelled", T.Boolean, ReadOnly: true),
        new("Status", T.String, 50, ReadOnly: true),
        new("ConfirmationNumber", T.String, 50, ReadOnly: true),
        new("LastModifiedBy", T.String, 100, ReadOnly: true),
        new("CarLastModifiedDate", T.DateTime, ReadOnly: true),
    ])
    {
        Nested = [CarSurveyDetail],
    };

    /// <summary>
    /// <c>s1:AirRequest</c>, the flights a traveller asked for (up to two legs). The WSDL gives it no ID: one row per
    /// requester (<c>RequesterId</c>, required by the import), a second row of the same requester replacing the first.
    /// </summary>
    public static readonly CvDetailDescriptor AirRequest = new("AirRequest",
    [
        new("RequesterId", T.Id, Required: true, ReadOnly: true),
        new("RequesterType", T.String, 50, ReadOnly: true),
        new("RequesterFirstName", T.String, 30, ReadOnly: true),
        new("RequesterMiddleName", T.String, 30, ReadOnly: true),
        new("RequesterLastName", T.String, 50, ReadOnly: true),
        new("RequesterSuffix", T.String, 30, ReadOnly: true),
        new("RedressNumber", T.String, 50, ReadOnly: true),
        new("KnownTravelerNumber", T.String, 50, ReadOnly: true),
        new("Leg1Origin", T.String, 100, ReadOnly: true),
        new("Leg1Destination", T.String, 100, ReadOnly: true),
        new("Leg1Date", T.DateTime, ReadOnly: true),
        new("Leg1Time", T.String, 20, ReadOnly: true),
        new("Leg2Origin", T.String, 100, ReadOnly: true),
        new("Leg2Destination", T.String, 100, ReadOnly: true),
        new("Leg2Date", T.DateTime, ReadOnly: true),
        new("Leg2Time", T.String, 20, ReadOnly: true),
        new("TicketType", T.String, 50, ReadOnly: true),
        new("SeatType", T.String, 50, ReadOnly: true),
        new("MealText", T.String, 200, ReadOnly: true),
        new("OtherText", T.String, 2000, ReadOnly: true),
        new("RewardsCode1", T.String, 50, ReadOnly: true),
        new("RewardsCode2", T.String, 50, ReadOnly: true),
        new("RewardsCode3", T.String, 50, ReadOnly: true),
        new("AirlinePreference1", T.String, 100, ReadOnly: true),
        new("AirlinePreference2", T.String, 100, ReadOnly: true),
        new("AirlinePreference3", T.String, 100, ReadOnly: true),
        new("AgeCategory", T.String, 50, ReadOnly: true),
        new("Cancelled", T.Boolean, ReadOnly: true),
        new("Status", T.String, 50, ReadOnly: true),
        new("PlannerMemo", T.String, 2000, ReadOnly: true),
        new("FullName", T.String, 200, ReadOnly: true),
        new("DateOfBirth", T.String, 20, ReadOnly: true),
        new("Gender", T.String, 20, ReadOnly: true),
        new("LastModifiedBy", T.String, 100, ReadOnly: true),
        new("AirLastModifiedDate", T.DateTime, ReadOnly: true),
    ])
    {
        Nested = [AirSurveyDetail],
    };

    /// <summary>
    /// <c>s1:AirActual</c>, a booked itinerary (<c>TotalAmount</c> is a string in the WSDL and kept as given). One row
    /// per requester and <c>ConfirmationNumber</c>, both required by the import.
    /// </summary>
    public static readonly CvDetailDescriptor AirActual = new("AirActual",
    [
        new("RequesterId", T.Id, Required: true, ReadOnly: true),
        new("RequesterType", T.String, 50, ReadOnly: true),
        new("Name", T.String, 200, ReadOnly: true),
        new("ConfirmationNumber", T.String, 50, Required: true, ReadOnly: true),
        new("TotalAmount", T.String, 50, ReadOnly: true),
        new("CurrencyCode", T.String, 10, ReadOnly: true),
        new("Note", T.String, 2000, ReadOnly: true),
        new("GDSRecordLocator", T.String, 50, ReadOnly: true),
        new("GDSNote", T.String, 2000, ReadOnly: true),
        new("LastModifiedBy", T.String, 100, ReadOnly: true),
        new("AirActualLastModifiedDate", T.DateTime, ReadOnly: true),
        new("JourneyType", T.String, 50, ReadOnly: true),
    ])
    {
        Nested = [FlightDetail],
    };

    /// <summary>An imported nightly rate (<c>travel.hotelrequest.hotelroomrate</c>): the hotel request's <c>Id</c>, then the rate.</summary>
    public static readonly CvDetailDescriptor HotelRoomRateImport = HotelRequest.NestedImport(HotelRoomRate, "RoomNight");

    /// <summary>
    /// An imported flight (<c>travel.airactual.flightdetail</c>): the itinerary's <c>RequesterId</c> and
    /// <c>ConfirmationNumber</c>, then the flight.
    /// </summary>
    public static readonly CvDetailDescriptor FlightDetailImport = AirActual.NestedImport(FlightDetail, "FlightNumber", "Departing");

    /// <summary>An imported travel question of a hotel request (<c>travel.hotelrequest.travelsurveydetail</c>): the request's <c>Id</c>, then the question.</summary>
    public static readonly CvDetailDescriptor HotelSurveyDetailImport = HotelRequest.NestedImport(TravelSurveyDetail, "QuestionId");

    /// <summary>An imported travel question of a car request (<c>travel.carrequest.travelsurveydetail</c>): the request's <c>RequestId</c>, then the question.</summary>
    public static readonly CvDetailDescriptor CarSurveyDetailImport = CarRequest.NestedImport(CarSurveyDetail, "QuestionId");

    /// <summary>An imported travel question of an air request (<c>travel.airrequest.travelsurveydetail</c>): the request's <c>RequesterId</c>, then the question.</summary>
    public static readonly CvDetailDescriptor AirSurveyDetailImport = AirRequest.NestedImport(AirSurveyDetail, "QuestionId");

    /// <summary>
    /// An imported answer to a hotel request's travel question (<c>travel.hotelrequest.travelsurveydetail.answer</c>):
    /// the request's <c>Id</c> and the question's <c>QuestionId</c>, then the answer. The car and air requests' alike.
    /// </summary>
    public static readonly CvDetailDescriptor HotelSurveyAnswerImport = HotelSurveyDetailImport.NestedImport(TravelAnswer, "AnswerText");

    public static readonly CvDetailDescriptor CarSurveyAnswerImport = CarSurveyDetailImport.NestedImport(CarSurveyDetail.Nested[0], "AnswerText");

    public static readonly CvDetailDescriptor AirSurveyAnswerImport = AirSurveyDetailImport.NestedImport(AirSurveyDetail.Nested[0], "AnswerText");

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Travel,
        null,
        [
            new("ContactId", T.Id, Searchable: true, ReadOnly: true),
            new("SourceId", T.String, 100, ReadOnly: true),
            new("FirstName", T.String, 30, ReadOnly: true),
            new("LastName", T.String, 50, ReadOnly: true),
            new("Company", T.String, 100, ReadOnly: true),
            new("Title", T.String, 100, ReadOnly: true),
            new("EmailAddress", T.String, 80, ReadOnly: true),
            new("CCEmailAddress", T.String, 80, ReadOnly: true),
            new("WorkPhone", T.String, 30, ReadOnly: true),
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("EventCode", T.String, 50, ReadOnly: true),
            new("EventTitle", T.String, 200, ReadOnly: true),
            new("EventStartDate", T.DateTime, ReadOnly: true),
            new("Status", T.String, 50, ReadOnly: true),
            new("RegistrationType", T.String, 100, Searchable: true, ReadOnly: true),
        ]) with
    {
        ImportFields = [new("InviteeId", T.Id, Required: true)],
        Details = [HotelRequest, CarRequest, AirRequest, AirActual],
        ImportDetails =
        [
            HotelRoomRateImport, FlightDetailImport, HotelSurveyDetailImport, CarSurveyDetailImport, AirSurveyDetailImport, HotelSurveyAnswerImport,
            CarSurveyAnswerImport, AirSurveyAnswerImport,
        ],
    };
}
