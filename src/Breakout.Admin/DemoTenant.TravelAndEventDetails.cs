using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Admin;

/// <summary>
/// The demo tenant's Travel and EventDetail details (#17): a hotel, car and air request and a booked flight on the first
/// travel record, a hotel request on the second, and the conference's planning history, a process form, an event role, two
/// FAQs, a staff member and a fee; nested in the first hotel request a night's room rate, in the booked itinerary its
/// outbound flight and in the fee its general-ledger code (they draw no IDs); a travel question with its answers on each
/// request of the first travel record, and the first transaction's admission booked to two general-ledger codes. Built
/// after every other row, so the IDs drawn for them leave the others' as they were.
/// </summary>
public static partial class DemoTenant
{
    private static List<CvDetailRow> TravelAndEventDetails(Func<CventId> nextId, CatalogBatch batch, IReadOnlyList<CvObjectRow> objects)
    {
        var details = new List<CvDetailRow>();
        var conference = batch.Events[0];
        var travel = objects.Where(o => o.Type == TravelObject.Descriptor).ToList();
        var invitees = batch.Invitees.ToDictionary(i => i.Id);

        void Link(CvObjectDescriptor type, CvDetailDescriptor detail, CventId parent, params (string Field, object Value)[] values) =>
            details.Add(new CvDetailRow(type, detail, parent, values.ToDictionary(v => v.Field, v => (object?)v.Value)));

        var arrival = conference.StartAt!.Value.AddDays(-1);
        var departure = conference.EndAt!.Value.AddDays(1);
        var hotelRequests = new List<CventId>();
        var carRequest = default(CventId);
        foreach (var (record, status) in travel.Take(2).Zip(["Confirmed", "Requested"]))
        {
            var invitee = invitees[(CventId)record.Values["InviteeId"]!];
            hotelRequests.Add(nextId());
            Link(TravelObject.Descriptor, TravelObject.HotelRequest, record.Id, ("Id", hotelRequests[^1]), ("RequesterId", invitee.Id), ("RequesterType", "Invitee"),
                ("RequesterFirstName", invitee.FirstName ?? ""), ("RequesterLastName", invitee.LastName ?? ""), ("HotelName", "Harbour View Hotel"),
                ("HotelCode", "HVH"), ("RoomName", "King Room"), ("RoomCode", "KNG"), ("Quantity", "1"), ("CheckinDate", arrival), ("CheckoutDate", departure),
                ("Smoking", false), ("Cancelled", false), ("Status", status), ("ShareRoom", false), ("TotalAmount", 657.5m), ("CurrencyCode", "USD"),
                ("HotelCity", "Boston"), ("HotelCountry", "United States"));
        }

        if (travel.Count > 0)
        {
            var first = travel[0];
            var invitee = invitees[(CventId)first.Values["InviteeId"]!];
            carRequest = nextId();
            Link(TravelObject.Descriptor, TravelObject.CarRequest, first.Id, ("RequestId", carRequest), ("RequesterId", invitee.Id), ("RequesterType", "Invitee"),
                ("PickUpDate", arrival), ("PickUpTime", "10:00 AM"), ("DropOffDate", departure), ("DropOffTime", "04:00 PM"), ("RentalCarType", "Compact"),
                ("RentalCarCompany", "Example Rentals"), ("Cancelled", false), ("Status", "Confirmed"), ("ConfirmationNumber", "CAR4411"));
            Link(TravelObject.Descriptor, TravelObject.AirRequest, first.Id, ("RequesterId", invitee.Id), ("RequesterType", "Invitee"),
                ("RequesterFirstName", invitee.FirstName ?? ""), ("RequesterLastName", invitee.LastName ?? ""), ("Leg1Origin", "London Heathrow"),
                ("Leg1Destination", "Boston Logan"), ("Leg1Date", arrival), ("Leg1Time", "09:00 AM"), ("Leg2Origin", "Boston Logan"),
                ("Leg2Destination", "London Heathrow"), ("Leg2Date", departure), ("Leg2Time", "07:00 PM"), ("TicketType", "Round Trip"), ("SeatType", "Aisle"),
                ("Cancelled", false), ("Status", "Booked"));
            Link(TravelObject.Descriptor, TravelObject.AirActual, first.Id, ("RequesterId", invitee.Id), ("RequesterType", "Invitee"),
                ("Name", $"{invitee.FirstName} {invitee.LastName}"), ("ConfirmationNumber", "QX7L2P"), ("TotalAmount", "842.10"), ("CurrencyCode", "USD"),
                ("GDSRecordLocator", "QX7L2P"), ("JourneyType", "Round Trip"));
        }

        var created = conference.StartAt!.Value.AddMonths(-6);
        Link(EventDetailObject.Descriptor, EventDetailObject.PlanningStatusHistory, conference.Id, ("OldStatus", "Planning"), ("NewStatus", "Active"),
            ("ActionDate", created.AddMonths(1)), ("ModifiedBy", "Ada Lovelace"), ("Comments", "Registration opened"));
        Link(EventDetailObject.Descriptor, EventDetailObject.ProcessFormDetail, conference.Id, ("ID", nextId()), ("Name", "Event approval"),
            ("Status", "Approved"), ("SubmittedBy", "Grace Hopper"), ("SubmittedDate", created));
        Link(EventDetailObject.Descriptor, EventDetailObject.EventRoleDetail, conference.Id, ("AssigneeID", nextId()), ("AssigneeFirstName", "Grace"),
            ("AssigneeLastName", "Hopper"), ("AssigneeEmailAddress", "grace@example.com"), ("AssignedRole", "Event Manager"), ("AssignedBy", "Ada Lovelace"),
            ("AssignedDate", created));
        Link(EventDetailObject.Descriptor, EventDetailObject.FAQDetail, conference.Id, ("Question", "Is there a dress code?"), ("Answer", "Business casual."),
            ("Sequence", 1L), ("Language", "English"), ("Active", true));
        Link(EventDetailObject.Descriptor, EventDetailObject.FAQDetail, conference.Id, ("Question", "Are sessions recorded?"),
            ("Answer", "Keynotes are; workshops are not."), ("Sequence", 2L), ("Language", "English"), ("Active", true));
        Link(EventDetailObject.Descriptor, EventDetailObject.StaffDetail, conference.Id, ("StaffFirstName", "Alan"), ("StaffLastName", "Turing"),
            ("StaffRole", "Registration desk"), ("StaffEmailAddress", "alan@example.com"), ("DisplayOnWebsite", true), ("StaffCity", "Boston"),
            ("StaffCountryCode", "US"));
        var fee = nextId();
        Link(EventDetailObject.Descriptor, EventDetailObject.Fees, conference.Id, ("FeeID", fee), ("FeeName", "Late registration"), ("FeeAmount", 50d),
            ("ProductID", conference.Id), ("ProductName", conference.Title), ("Active", true), ("CreatedDate", created), ("GLName", "Fees"),
            ("GLDescription", "Late fees"), ("GLCode", "4010"), ("GLID", "GL-4010"));

        // #17 nested details
        Link(EventDetailObject.Descriptor, EventDetailObject.GLCodesImport, conference.Id, ("FeeID", fee), ("GLID", "GL-4010"), ("GLName", "Fees"),
            ("GLCode", "4010"), ("GLDescription", "Late fees"), ("GLCodeAllocationPercent", 100L));
        if (travel.Count > 0)
        {
            var invitee = invitees[(CventId)travel[0].Values["InviteeId"]!];
            Link(TravelObject.Descriptor, TravelObject.HotelRoomRateImport, travel[0].Id, ("Id", hotelRequests[0]), ("RoomNight", arrival), ("RoomRate", 219.5m));
            Link(TravelObject.Descriptor, TravelObject.FlightDetailImport, travel[0].Id, ("RequesterId", invitee.Id), ("ConfirmationNumber", "QX7L2P"),
                ("Airline", "Example Air"), ("FlightNumber", "EA 101"), ("Origin", "London Heathrow"), ("OriginCode", "LHR"), ("Destination", "Boston Logan"),
                ("DestinationCode", "BOS"), ("Departing", arrival), ("Arriving", arrival.AddHours(7)), ("SeatNumber", "14C"), ("TicketClass", "Economy"),
                ("FlightConfirmationNumber", "QX7L2P"), ("FlightGDSRecordLocator", "QX7L2P"), ("JourneySegment", "Outbound"));

            // A travel question on each request of the first record, with its answers (the questions' IDs drawn last).
            foreach (var (import, answer, key, question, code, text, answers) in new[]
            {
                (TravelObject.HotelSurveyDetailImport, TravelObject.HotelSurveyAnswerImport, ("Id", (object)hotelRequests[0]), nextId(), "HOTEL-ACCESS",
                    "Do you need an accessible room?", new[] { "No" }),
                (TravelObject.CarSurveyDetailImport, TravelObject.CarSurveyAnswerImport, ("RequestId", (object)carRequest), nextId(), "CAR-EXTRAS",
                    "Which extras do you need?", new[] { "GPS", "Child seat" }),
                (TravelObject.AirSurveyDetailImport, TravelObject.AirSurveyAnswerImport, ("RequesterId", (object)invitee.Id), nextId(), "AIR-MEAL",
                    "Meal preference", new[] { "Vegetarian" }),
            })
            {
                Link(TravelObject.Descriptor, import, travel[0].Id, key, ("SurveyType", "Travel"), ("QuestionId", question), ("QuestionCode", code), ("QuestionText", text));
                foreach (var given in answers)
                {
                    Link(TravelObject.Descriptor, answer, travel[0].Id, key, ("QuestionId", question), ("AnswerText", given));
                }
            }
        }

        // The first transaction's admission booked to two general-ledger codes.
        if (objects.FirstOrDefault(o => o.Type == TransactionObject.Descriptor) is { } transaction)
        {
            Link(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction.Id, ("ProductId", conference.Id), ("GLID", "GL-4000"),
                ("GLName", "Admissions"), ("GLCode", "4000"), ("GLDescription", "Conference admission"), ("GLCodeAllocationPercent", 80L));
            Link(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction.Id, ("ProductId", conference.Id), ("GLID", "GL-4100"),
                ("GLName", "Catering"), ("GLCode", "4100"), ("GLDescription", "Conference catering"), ("GLCodeAllocationPercent", 20L));
        }

        return details;
    }
}
