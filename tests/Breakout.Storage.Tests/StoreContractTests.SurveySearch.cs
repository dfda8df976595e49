using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>Search of surveys by the events they are associated with (Cvent's <c>AssociatedEventDetail/EventId</c>, issue #17).</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Surveys_AreSearchedByTheirAssociatedEvents_UnderEachNameOfTheField()
    {
        var tenant = await NewTenantAsync();
        var ids = await ImportSurveyAsync(tenant);
        var (both, none) = (CventId.New(), CventId.New());
        var (conference, other) = (tenant.Catalog.Event.Id.ToString(), tenant.Catalog.OtherEvent.Id.ToString());
        Assert.Empty(await ImportAsync(tenant,
            [Row(SurveyObject.Descriptor, both, ("SurveyCode", "BOTH")), Row(SurveyObject.Descriptor, none, ("SurveyCode", "NONE"))],
            [Detail(SurveyObject.Descriptor, SurveyObject.AssociatedEvents, both, ("EventId", tenant.Catalog.OtherEvent.Id)),
             Detail(SurveyObject.Descriptor, SurveyObject.AssociatedEvents, both, ("EventId", tenant.Catalog.Event.Id))]));

        Task<IReadOnlyList<string>> Find(string field, CvSearchOperator op, params string[] values) => SearchAsync(tenant, SurveyObject.Descriptor, false, (field, op, values));

        Assert.Equal(Sorted(ids.Survey.ToString(), both.ToString()), await Find("AssociatedEventDetail/EventId", CvSearchOperator.EqualTo, conference));
        Assert.Equal([both.ToString()], await Find("EventId", CvSearchOperator.EqualTo, other.ToLowerInvariant()));
        Assert.Equal(Sorted(ids.Survey.ToString(), both.ToString()), await Find("AssociatedEvents/EventId", CvSearchOperator.Includes, conference, other));
        Assert.Equal([none.ToString()], await Find("EventId", CvSearchOperator.NotEqualTo, conference));
        Assert.Equal(Sorted(ids.Survey.ToString(), none.ToString()), await Find("EventId", CvSearchOperator.Excludes, other));
        Assert.Equal([both.ToString()], await Find("EventId", CvSearchOperator.StartsWith, other[..8]));
        Assert.Equal([both.ToString()], await SearchAsync(tenant, SurveyObject.Descriptor, false,
            ("EventId", CvSearchOperator.EqualTo, [conference]), ("SurveyCode", CvSearchOperator.EqualTo, ["BOTH"])));
        Assert.Empty(await SearchAsync(await NewTenantAsync(), SurveyObject.Descriptor, false, ("EventId", CvSearchOperator.EqualTo, [conference])));
    }
}
