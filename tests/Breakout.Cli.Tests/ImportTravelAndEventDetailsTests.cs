namespace Breakout.Cli.Tests;

/// <summary>
/// `breakout import` of Travel's and EventDetail's details (issue #17): JSON arrays and CSV files named after the kind
/// (<c>travel.hotelrequest</c>, <c>eventdetail.faqdetail</c> …), one error line per refused row.
/// </summary>
public sealed class ImportTravelAndEventDetailsTests
{
    private const string EventId = "6F9619FF-8B86-4011-B42D-00C04FC964FF";
    private const string InviteeId = "10000000-0000-4000-8000-000000000001";
    private const string TravelId = "7E000000-0000-4000-8000-000000000001";
    private const string HotelId = "70000000-0000-4000-8000-000000000001";

    private static readonly string CatalogJson = $$"""
        {
          "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Active" } ],
          "invitees": [ { "id": "{{InviteeId}}", "eventId": "{{EventId}}", "confirmationNumber": "CN1", "status": "Accepted" } ],
          "travels": [ { "id": "{{TravelId}}", "InviteeId": "{{InviteeId}}", "Status": "Confirmed" } ],
          "travel.hotelrequest": [
            { "TravelId": "{{TravelId}}", "Id": "{{HotelId}}", "HotelName": "Harbour View", "CheckinDate": "2027-06-13T15:00:00", "Smoking": "no", "TotalAmount": "657.50" },
            { "TravelId": "{{TravelId}}", "HotelName": "No ID" },
            { "TravelId": "{{TravelId}}", "Id": "70000000-0000-4000-8000-000000000002", "CheckinDate": "soon" }
          ],
          "travel.airactual": [ { "TravelId": "7E000000-0000-4000-8000-0000000000FF", "RequesterId": "{{InviteeId}}", "ConfirmationNumber": "QX7" } ],
          "eventdetail.faqdetail": [
            { "EventDetailId": "{{EventId}}", "Question": "Parking?", "Answer": "Yes", "Sequence": "1", "Active": "true" },
            { "EventDetailId": "{{EventId}}", "Question": "Order?", "Sequence": "first" }
          ]
        }
        """;

    [Fact]
    public async Task ImportJson_OfTravelAndEventDetailDetails_ImportsGoodRows_AndNamesEachBadOne()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("catalog.json: travel.hotelrequest row 2: Id is missing.", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: travel.hotelrequest row 3: CheckinDate 'soon' is not a date and time", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: travel.airactual row 1: Travel 7E000000-0000-4000-8000-0000000000FF does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: eventdetail.faqdetail row 2: Sequence 'first' is not a whole number.", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync(
            "SELECT COUNT(*) FROM travel_hotel_requests WHERE hotel_name = 'Harbour View' AND smoking = 0 AND total_amount = 6575000 AND checkin_date IS NOT NULL"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM event_faqs WHERE question = 'Parking?' AND sequence = 1 AND active = 1"));
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM travel_air_actuals"));

        var again = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM travel_hotel_requests"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM event_faqs"));
    }

    [Fact]
    public async Task ImportCsv_TakesTheDetailKindFromTheFileName_AndReportsRowsAsASpreadsheetCountsThem()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);
        await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        await File.WriteAllTextAsync(db.File("2027-eventdetail.staffdetail.csv"),
            "EventDetailId,StaffFirstName,StaffLastName,StaffEmailAddress,DisplayOnWebsite\n" +
            $"{EventId},Alan,Turing,alan@example.com,yes\n" +
            $"{EventId},Nobody,Known,,true\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("2027-eventdetail.staffdetail.csv"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("2027-eventdetail.staffdetail.csv: eventdetail.staffdetail row 3: StaffEmailAddress is missing.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 1 of 2 rows", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM event_staff WHERE staff_first_name = 'Alan' AND display_on_website = 1"));
    }

    [Fact]
    public async Task ImportOfNestedRows_NamesTheOuterRowByItsKey_InJsonAndCsv_AndNamesEachBadRow()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), $$"""
            {
              "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Active" } ],
              "invitees": [ { "id": "{{InviteeId}}", "eventId": "{{EventId}}", "confirmationNumber": "CN1", "status": "Accepted" } ],
              "travels": [ { "id": "{{TravelId}}", "InviteeId": "{{InviteeId}}" } ],
              "travel.airactual.flightdetail": [
                { "TravelId": "{{TravelId}}", "RequesterId": "{{InviteeId}}", "ConfirmationNumber": "QX7", "FlightNumber": "EA 101", "Departing": "2027-06-13T09:00:00", "SeatNumber": "14C" },
                { "TravelId": "{{TravelId}}", "RequesterId": "{{InviteeId}}", "ConfirmationNumber": "NOPE", "FlightNumber": "EA 102", "Departing": "2027-06-14T09:00:00" },
                { "TravelId": "{{TravelId}}", "RequesterId": "{{InviteeId}}", "ConfirmationNumber": "QX7", "FlightNumber": "EA 103" }
              ],
              "travel.airactual": [ { "TravelId": "{{TravelId}}", "RequesterId": "{{InviteeId}}", "ConfirmationNumber": "QX7" } ],
              "eventdetail.fees": [ { "EventDetailId": "{{EventId}}", "FeeID": "FE000000-0000-4000-8000-000000000001", "FeeName": "Late" } ]
            }
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(db.File("eventdetail.fees.glcodes.csv"),
            "EventDetailId,FeeID,GLID,GLCode,GLCodeAllocationPercent\n" +
            $"{EventId},FE000000-0000-4000-8000-000000000001,GL-1,4010,100\n" +
            $"{EventId},FE000000-0000-4000-8000-000000000001,GL-2,4020,half\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        var csv = await db.RunAsync("import", "--account", "ACME01", db.File("eventdetail.fees.glcodes.csv"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"catalog.json: travel.airactual.flightdetail row 2: AirActual {InviteeId}/NOPE of Travel {TravelId} does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: travel.airactual.flightdetail row 3: Departing is missing.", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM travel_flight_details WHERE flight_number = 'EA 101' AND seat_number = '14C' AND departing IS NOT NULL"));
        Assert.True(csv.ExitCode == 2, csv.ToString());
        Assert.Contains("eventdetail.fees.glcodes.csv: eventdetail.fees.glcodes row 3: GLCodeAllocationPercent 'half' is not a whole number.", csv.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM event_fee_gl_codes WHERE glid = 'GL-1' AND gl_code = '4010' AND gl_code_allocation_percent = 100"));
    }

    [Fact]
    public async Task ImportOfRowsNestedTwoDeep_NamesEachOuterRowByItsKey_InJsonAndCsv_AndNamesEachBadRow()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        const string CarId = "CA000000-0000-4000-8000-000000000001";
        const string QuestionId = "0E000000-0000-4000-8000-000000000001";
        const string TransactionId = "7A000000-0000-4000-8000-000000000001";
        await File.WriteAllTextAsync(db.File("catalog.json"), $$"""
            {
              "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Active" } ],
              "invitees": [ { "id": "{{InviteeId}}", "eventId": "{{EventId}}", "confirmationNumber": "CN1", "status": "Accepted" } ],
              "travels": [ { "id": "{{TravelId}}", "InviteeId": "{{InviteeId}}" } ],
              "travel.carrequest.travelsurveydetail.answer": [
                { "TravelId": "{{TravelId}}", "RequestId": "{{CarId}}", "QuestionId": "{{QuestionId}}", "AnswerText": "GPS", "AnswerComment": "Please" },
                { "TravelId": "{{TravelId}}", "RequestId": "{{CarId}}", "QuestionId": "0E000000-0000-4000-8000-0000000000FF", "AnswerText": "GPS" },
                { "TravelId": "{{TravelId}}", "RequestId": "{{CarId}}", "QuestionId": "{{QuestionId}}" }
              ],
              "travel.carrequest.travelsurveydetail": [ { "TravelId": "{{TravelId}}", "RequestId": "{{CarId}}", "QuestionId": "{{QuestionId}}", "QuestionCode": "EXTRAS" } ],
              "travel.carrequest": [ { "TravelId": "{{TravelId}}", "RequestId": "{{CarId}}" } ],
              "transactions": [ { "id": "{{TransactionId}}", "InviteeId": "{{InviteeId}}", "TransactionType": "Online Charge", "Amount": "450.00" } ],
              "transaction.distributiondetail": [ { "TransactionId": "{{TransactionId}}", "ProductId": "{{EventId}}", "AmountApplied": "450.00" } ]
            }
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(db.File("transaction.distributiondetail.glcodes.csv"),
            "TransactionId,ProductId,GLID,GLCode,GLCodeAllocationPercent\n" +
            $"{TransactionId},{EventId},GL-1,4000,80\n" +
            $"{TransactionId},,GL-2,4100,20\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        var csv = await db.RunAsync("import", "--account", "ACME01", db.File("transaction.distributiondetail.glcodes.csv"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"catalog.json: travel.carrequest.travelsurveydetail.answer row 2: TravelSurveyDetail {CarId}/0E000000-0000-4000-8000-0000000000FF of Travel {TravelId} does not exist.",
            run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: travel.carrequest.travelsurveydetail.answer row 3: AnswerText is missing.", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM travel_car_survey_answers a JOIN travel_car_survey_details d ON d.pk = a.survey_detail_pk " +
            "WHERE d.question_code = 'EXTRAS' AND a.answer_text = 'GPS' AND a.answer_comment = 'Please'"));
        Assert.True(csv.ExitCode == 2, csv.ToString());
        Assert.Contains("transaction.distributiondetail.glcodes.csv: transaction.distributiondetail.glcodes row 3: ProductId is missing.", csv.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM transaction_distribution_gl_codes WHERE glid = 'GL-1' AND gl_code = '4000' AND gl_code_allocation_percent = 80"));
    }
}
