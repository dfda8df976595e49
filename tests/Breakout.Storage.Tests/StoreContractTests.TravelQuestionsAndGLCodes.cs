using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>
/// Rows nested two deep (issue #17): a hotel, car or air request's travel questions (<c>TravelSurveyDetail</c>) with
/// their <c>Answer</c>s, and a transaction distribution's <c>GLCodes</c>, imported by their outer rows' keys and read
/// back inside them.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ImportedTravelQuestions_AreReadInsideTheirRequest_BeforeTheRoomRates_WithTheirAnswersInside_AndAReimportReplacesByKey()
    {
        var tenant = await NewTenantAsync();
        var (travel, hotel, car, question, other) = (CventId.New(), CventId.New(), CventId.New(), CventId.New(), CventId.New());
        var requester = tenant.Catalog.Accepted[0].Id;
        var night = new DateTimeOffset(2027, 6, 13, 0, 0, 0, TimeSpan.Zero);
        // Answers first, questions next, requests last: the import applies outer rows first whatever the batch's order.
        Assert.Empty(await ImportAsync(tenant, [Row(TravelObject.Descriptor, travel, ("InviteeId", requester))],
            [Detail(TravelObject.Descriptor, TravelObject.HotelSurveyAnswerImport, travel, ("Id", hotel), ("QuestionId", question), ("AnswerText", "Yes"),
                ("AnswerComment", "Ground floor")),
             Detail(TravelObject.Descriptor, TravelObject.HotelSurveyAnswerImport, travel, ("Id", hotel), ("QuestionId", question), ("AnswerText", "Step-free")),
             Detail(TravelObject.Descriptor, TravelObject.CarSurveyAnswerImport, travel, ("RequestId", car), ("QuestionId", other), ("AnswerText", "GPS")),
             Detail(TravelObject.Descriptor, TravelObject.HotelSurveyDetailImport, travel, ("Id", hotel), ("QuestionId", question), ("SurveyType", "Travel"),
                ("QuestionCode", "ACCESS"), ("QuestionText", "Accessible room?")),
             Detail(TravelObject.Descriptor, TravelObject.HotelRoomRateImport, travel, ("Id", hotel), ("RoomNight", night), ("RoomRate", 210m)),
             Detail(TravelObject.Descriptor, TravelObject.CarSurveyDetailImport, travel, ("RequestId", car), ("QuestionId", other), ("QuestionCode", "EXTRAS")),
             Detail(TravelObject.Descriptor, TravelObject.HotelRequest, travel, ("Id", hotel), ("HotelName", "Harbour")),
             Detail(TravelObject.Descriptor, TravelObject.CarRequest, travel, ("RequestId", car)),
             Detail(TravelObject.Descriptor, TravelObject.AirRequest, travel, ("RequesterId", requester))]));

        // Again: the same answer text replaces its answer, the question re-imported replaces its own fields and keeps its answers.
        Assert.Empty(await ImportAsync(tenant, [],
            [Detail(TravelObject.Descriptor, TravelObject.HotelSurveyAnswerImport, travel, ("Id", hotel), ("QuestionId", question), ("AnswerText", "Yes"),
                ("AnswerComment", "Any floor")),
             Detail(TravelObject.Descriptor, TravelObject.HotelSurveyDetailImport, travel, ("Id", hotel), ("QuestionId", question), ("QuestionCode", "ACCESS-2"))]));

        var details = Assert.Single(await RetrieveAsync(tenant, TravelObject.Descriptor, travel)).Details;
        Assert.Equal(["HotelRequest", "CarRequest", "AirRequest"], details.Select(d => d.Descriptor.Element));
        Assert.Equal(["TravelSurveyDetail", "HotelRoomRate"], details[0].Nested.Select(r => r.Descriptor.Element));
        var survey = details[0].Nested[0];
        Assert.Same(TravelObject.TravelSurveyDetail, survey.Descriptor);
        Assert.Equal(("", question.ToString(), "ACCESS-2", ""), // replaced as a whole, as every imported row
            (Detail(survey, "SurveyType"), Detail(survey, "QuestionId"), Detail(survey, "QuestionCode"), Detail(survey, "QuestionText")));
        Assert.Equal([("Yes", "Any floor"), ("Step-free", "")], survey.Nested.Select(a => (Detail(a, "AnswerText"), Detail(a, "AnswerComment"))));
        var carSurvey = Assert.Single(details[1].Nested);
        Assert.Same(TravelObject.CarSurveyDetail, carSurvey.Descriptor);
        Assert.Equal("GPS", Detail(Assert.Single(carSurvey.Nested), "AnswerText"));
        Assert.Empty(details[2].Nested);
    }

    [Fact]
    public async Task ATravelAnswer_WhoseQuestionOrRequestIsMissing_IsRefusedAlone_WithItsKindAndTheChainOfKeys()
    {
        var tenant = await NewTenantAsync();
        var (travel, question) = (CventId.New(), CventId.New());
        var requester = tenant.Catalog.Accepted[0].Id;
        Assert.Empty(await ImportAsync(tenant, [Row(TravelObject.Descriptor, travel, ("InviteeId", requester))],
            [Detail(TravelObject.Descriptor, TravelObject.AirRequest, travel, ("RequesterId", requester)),
             Detail(TravelObject.Descriptor, TravelObject.AirSurveyDetailImport, travel, ("RequesterId", requester), ("QuestionId", question))]));

        var errors = await ImportAsync(tenant, [],
            [Detail(TravelObject.Descriptor, TravelObject.AirSurveyAnswerImport, travel, ("RequesterId", requester), ("QuestionId", question), ("AnswerText", "Vegetarian")),
             Detail(TravelObject.Descriptor, TravelObject.AirSurveyAnswerImport, travel, ("RequesterId", requester), ("QuestionId", CventId.New()), ("AnswerText", "Vegan")),
             Detail(TravelObject.Descriptor, TravelObject.AirSurveyAnswerImport, travel, ("RequesterId", CventId.New()), ("QuestionId", question), ("AnswerText", "Vegan")),
             Detail(TravelObject.Descriptor, TravelObject.AirSurveyAnswerImport, travel, ("RequesterId", requester), ("QuestionId", question)),
             Detail(TravelObject.Descriptor, TravelObject.AirSurveyDetailImport, travel, ("RequesterId", CventId.New()), ("QuestionId", question))]);

        Assert.Equal(
            [
                ("travel.airrequest.travelsurveydetail", "AirRequest"),
                ("travel.airrequest.travelsurveydetail.answer", "TravelSurveyDetail"),
                ("travel.airrequest.travelsurveydetail.answer", "TravelSurveyDetail"),
                ("travel.airrequest.travelsurveydetail.answer", "AnswerText is missing."),
            ],
            errors.Select(e => (e.Kind, e.Message.EndsWith($"of Travel {travel} does not exist.", StringComparison.Ordinal) ? e.Message.Split(' ')[0] : e.Message)));
        Assert.Contains($"TravelSurveyDetail {requester}/", errors[1].Message, StringComparison.Ordinal);
        var air = Assert.Single(Assert.Single(await RetrieveAsync(tenant, TravelObject.Descriptor, travel)).Details);
        Assert.Equal("Vegetarian", Detail(Assert.Single(Assert.Single(air.Nested).Nested), "AnswerText"));
    }

    [Fact]
    public async Task ImportedGLCodes_AreReadInsideTheirDistribution_NamedByItsProduct_AndAMissingDistributionIsRefused()
    {
        var tenant = await NewTenantAsync();
        var transaction = CventId.New();
        var admission = tenant.Catalog.Event.Id;
        Assert.Empty(await ImportAsync(tenant,
            [Row(TransactionObject.Descriptor, transaction, ("InviteeId", tenant.Catalog.Accepted[0].Id), ("TransactionType", "Online Charge"), ("Amount", 450m))],
            [Detail(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction, ("ProductId", admission), ("GLID", "GL-2"), ("GLCodeAllocationPercent", 20L)),
             Detail(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction, ("ProductId", admission), ("GLID", "GL-1"), ("GLName", "Admissions"),
                ("GLCode", "4000"), ("GLCodeAllocationPercent", 80L)),
             Detail(TransactionObject.Descriptor, TransactionObject.DistributionDetail, transaction, ("ProductId", admission), ("AmountApplied", 450m))]));

        var errors = await ImportAsync(tenant, [],
            [Detail(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction, ("ProductId", CventId.New()), ("GLID", "GL-3")),
             Detail(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction, ("GLID", "GL-4")),
             Detail(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction, ("ProductId", admission), ("GLID", "GL-2"), ("GLCodeAllocationPercent", 25L))]);

        Assert.Equal(["DistributionDetail", "ProductId is missing."], errors.Select(e => e.Message.StartsWith("DistributionDetail ", StringComparison.Ordinal) ? "DistributionDetail" : e.Message));
        Assert.All(errors, e => Assert.Equal("transaction.distributiondetail.glcodes", e.Kind));
        var distribution = Assert.Single(Assert.Single(await RetrieveAsync(tenant, TransactionObject.Descriptor, transaction)).Details);
        Assert.All(distribution.Nested, r => Assert.Same(TransactionObject.GLCodes, r.Descriptor));
        Assert.Equal([("GL-2", "", 25L), ("GL-1", "4000", 80L)], distribution.Nested.Select(r => (Detail(r, "GLID"), Detail(r, "GLCode"), Detail(r, "GLCodeAllocationPercent"))));
    }

    [Fact]
    public async Task DeletingAnAccount_DeletesItsTravelAnswersAndGLCodes_AndLeavesAnotherAccountsAlone()
    {
        var tenant = await NewTenantAsync();
        var neighbour = await NewTenantAsync();
        foreach (var t in new[] { tenant, neighbour })
        {
            var (travel, transaction, question) = (CventId.New(), CventId.New(), CventId.New());
            var requester = t.Catalog.Accepted[0].Id;
            Assert.Empty(await ImportAsync(t,
                [Row(TravelObject.Descriptor, travel, ("InviteeId", requester)),
                 Row(TransactionObject.Descriptor, transaction, ("InviteeId", requester), ("TransactionType", "Online Charge"))],
                [Detail(TravelObject.Descriptor, TravelObject.AirRequest, travel, ("RequesterId", requester)),
                 Detail(TravelObject.Descriptor, TravelObject.AirSurveyDetailImport, travel, ("RequesterId", requester), ("QuestionId", question)),
                 Detail(TravelObject.Descriptor, TravelObject.AirSurveyAnswerImport, travel, ("RequesterId", requester), ("QuestionId", question), ("AnswerText", "Aisle")),
                 Detail(TransactionObject.Descriptor, TransactionObject.DistributionDetail, transaction, ("ProductId", t.Catalog.Event.Id)),
                 Detail(TransactionObject.Descriptor, TransactionObject.GLCodesImport, transaction, ("ProductId", t.Catalog.Event.Id), ("GLID", "GL-1"))]));
        }

        const string Answers = "travel_air_survey_answers a JOIN travel_air_survey_details d ON d.pk = a.survey_detail_pk " +
            "JOIN travel_air_requests r ON r.pk = d.air_request_pk JOIN travel t ON t.pk = r.travel_pk";
        const string Codes = "transaction_distribution_gl_codes g JOIN transaction_distributions d ON d.pk = g.distribution_pk JOIN transactions t ON t.pk = d.transaction_pk";
        var answer = await ScalarAsync($"SELECT a.pk FROM {Answers} WHERE t.account_pk = {tenant.Account.Key}");
        var code = await ScalarAsync($"SELECT g.pk FROM {Codes} WHERE t.account_pk = {tenant.Account.Key}");

        Assert.True((await Store.DeleteAccountAsync(tenant.Account.Key, force: true, TestContext.Current.CancellationToken)).Deleted);

        Assert.Equal((0L, 0L), (await ScalarAsync($"SELECT COUNT(*) FROM travel_air_survey_answers WHERE pk = {answer}"),
            await ScalarAsync($"SELECT COUNT(*) FROM transaction_distribution_gl_codes WHERE pk = {code}")));
        Assert.Equal((1L, 1L), (await ScalarAsync($"SELECT COUNT(*) FROM {Answers} WHERE t.account_pk = {neighbour.Account.Key}"),
            await ScalarAsync($"SELECT COUNT(*) FROM {Codes} WHERE t.account_pk = {neighbour.Account.Key}")));
    }
}
