using System.Globalization;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>
/// Rows nested in detail rows (issue #17): a hotel request's <c>HotelRoomRate</c>s, an itinerary's <c>FlightDetail</c>s
/// and a fee's <c>GLCodes</c>, imported by their outer row's key and read back inside it.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ImportedNestedRows_AreReadInsideTheirOuterRow_InImportOrder_WithTypedValues_AndAReimportReplacesByKey()
    {
        var tenant = await NewTenantAsync();
        var (travel, hotel) = (CventId.New(), CventId.New());
        var requester = tenant.Catalog.Accepted[0].Id;
        var night = new DateTimeOffset(2027, 6, 13, 0, 0, 0, TimeSpan.Zero);
        // The nested rows come before their outer rows in the batch: the import applies outer rows first.
        Assert.Empty(await ImportAsync(tenant, [Row(TravelObject.Descriptor, travel, ("InviteeId", requester))],
            [Detail(TravelObject.Descriptor, TravelObject.HotelRoomRateImport, travel, ("Id", hotel), ("RoomNight", night.AddDays(1)), ("RoomRate", 199.1234m)),
             Detail(TravelObject.Descriptor, TravelObject.HotelRoomRateImport, travel, ("Id", hotel), ("RoomNight", night), ("RoomRate", 210m)),
             Detail(TravelObject.Descriptor, TravelObject.FlightDetailImport, travel, ("RequesterId", requester), ("ConfirmationNumber", "QX7"), ("FlightNumber", "EA 1"),
                ("Departing", night), ("Arriving", night.AddHours(7)), ("SeatNumber", "14C")),
             Detail(TravelObject.Descriptor, TravelObject.HotelRequest, travel, ("Id", hotel), ("HotelName", "Harbour")),
             Detail(TravelObject.Descriptor, TravelObject.AirActual, travel, ("RequesterId", requester), ("ConfirmationNumber", "QX7"))]));

        // Again: the same night replaces its rate, the outer row re-imported keeps its nested rows.
        Assert.Empty(await ImportAsync(tenant, [],
            [Detail(TravelObject.Descriptor, TravelObject.HotelRoomRateImport, travel, ("Id", hotel), ("RoomNight", night), ("RoomRate", 205.5m)),
             Detail(TravelObject.Descriptor, TravelObject.HotelRequest, travel, ("Id", hotel), ("HotelName", "Harbour View"))]));

        var details = Assert.Single(await RetrieveAsync(tenant, TravelObject.Descriptor, travel)).Details;
        Assert.Equal(["HotelRequest", "AirActual"], details.Select(d => d.Descriptor.Element));
        Assert.Equal("Harbour View", Detail(details[0], "HotelName"));
        Assert.All(details[0].Nested, r => Assert.Same(TravelObject.HotelRoomRate, r.Descriptor));
        Assert.Equal([(night.AddDays(1), 199.1234m), (night, 205.5m)], details[0].Nested.Select(r => ((DateTimeOffset)Detail(r, "RoomNight")!, (decimal)Detail(r, "RoomRate")!)));
        var flight = Assert.Single(details[1].Nested);
        Assert.Equal(("EA 1", night, night.AddHours(7), "14C", ""), (Detail(flight, "FlightNumber"), Detail(flight, "Departing"), Detail(flight, "Arriving"),
            Detail(flight, "SeatNumber"), Detail(flight, "Airline"))); // text without a value reads empty, as every detail's
    }

    [Fact]
    public async Task ANestedRow_WhoseOuterRowOrObjectIsMissingOrOfAnotherAccount_IsRefusedAlone_WithItsKindAndKey()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var conference = tenant.Catalog.Event.Id;
        var fee = CventId.New();
        Assert.Empty(await ImportAsync(tenant, [], [Detail(EventDetailObject.Descriptor, EventDetailObject.Fees, conference, ("FeeID", fee), ("FeeName", "Late"))]));

        var errors = await ImportAsync(tenant, [],
            [Detail(EventDetailObject.Descriptor, EventDetailObject.GLCodesImport, conference, ("FeeID", fee), ("GLID", "GL-1"), ("GLCodeAllocationPercent", 60L)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.GLCodesImport, conference, ("FeeID", fee), ("GLID", "GL-2"), ("GLName", "Other"), ("GLCodeAllocationPercent", 40L)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.GLCodesImport, conference, ("FeeID", CventId.New()), ("GLID", "GL-3")),
             Detail(EventDetailObject.Descriptor, EventDetailObject.GLCodesImport, conference, ("FeeID", fee)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.GLCodesImport, other.Catalog.Event.Id, ("FeeID", fee), ("GLID", "GL-4"))]);

        Assert.Equal(
            [
                ("eventdetail.fees.glcodes", "Fees"),
                ("eventdetail.fees.glcodes", "GLID is missing."),
                ("eventdetail.fees.glcodes", $"EventDetail {other.Catalog.Event.Id} does not exist."),
            ],
            errors.Select(e => (e.Kind, e.Message.StartsWith("Fees ", StringComparison.Ordinal) ? "Fees" : e.Message)));
        Assert.StartsWith($"{conference}/", errors[0].Id, StringComparison.Ordinal);
        var fees = Assert.Single(Assert.Single(await RetrieveAsync(tenant, EventDetailObject.Descriptor, conference)).Details);
        Assert.Equal([("GL-1", "", 60L), ("GL-2", "Other", 40L)], fees.Nested.Select(r => (Detail(r, "GLID"), Detail(r, "GLName"), Detail(r, "GLCodeAllocationPercent"))));
        Assert.Empty(Assert.Single(await RetrieveAsync(other, EventDetailObject.Descriptor, other.Catalog.Event.Id)).Details);
    }

    [Fact]
    public async Task DeletingAnAccount_DeletesItsNestedRows_AndLeavesAnotherAccountsAlone()
    {
        var tenant = await NewTenantAsync();
        var neighbour = await NewTenantAsync();
        foreach (var t in new[] { tenant, neighbour })
        {
            var fee = CventId.New();
            Assert.Empty(await ImportAsync(t, [],
                [Detail(EventDetailObject.Descriptor, EventDetailObject.Fees, t.Catalog.Event.Id, ("FeeID", fee)),
                 Detail(EventDetailObject.Descriptor, EventDetailObject.GLCodesImport, t.Catalog.Event.Id, ("FeeID", fee), ("GLID", "GL-1"))]));
        }

        var code = Convert.ToInt64(await Fixture.ExecuteOutsideAsync(
            $"SELECT g.pk FROM event_fee_gl_codes g JOIN event_fees f ON f.pk = g.fee_pk JOIN events e ON e.pk = f.event_pk WHERE e.account_pk = {tenant.Account.Key}"),
            CultureInfo.InvariantCulture);

        Assert.True((await Store.DeleteAccountAsync(tenant.Account.Key, force: true, TestContext.Current.CancellationToken)).Deleted);

        Assert.Equal(0L, Convert.ToInt64(await Fixture.ExecuteOutsideAsync($"SELECT COUNT(*) FROM event_fee_gl_codes WHERE pk = {code}"), CultureInfo.InvariantCulture));
        Assert.Single(Assert.Single(Assert.Single(await RetrieveAsync(neighbour, EventDetailObject.Descriptor, neighbour.Catalog.Event.Id)).Details).Nested);
    }
}
