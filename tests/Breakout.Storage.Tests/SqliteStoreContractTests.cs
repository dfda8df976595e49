using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>The store contract on the SQLite store (a temp file), and the Search plans SQLite shows.</summary>
public sealed class SqliteStoreContractTests(SqliteStoreFixture fixture) : StoreContractTests(fixture), IClassFixture<SqliteStoreFixture>
{
    [Theory]
    [InlineData("Transaction", "TransactionDate", "Equals", "2027-02-01T10:00:00", "transactions_transaction_date")]
    [InlineData("Transaction", "TransactionDate", "Greater than", "2027-02-01T10:00:00", "transactions_transaction_date")]
    [InlineData("Transaction", "Success", "Equals", "false", "transactions_success")]
    [InlineData("Transaction", "ContactId", "Equals", "6F9619FF-8B86-4011-B42D-00C04FC964FF", "transactions_account_registrant registrants_contact")]
    [InlineData("Transaction", "EventId", "Includes", "6F9619FF-8B86-4011-B42D-00C04FC964FF", "transactions_account_registrant registrants_confirmation")]
    [InlineData("Travel", "ContactId", "Equals", "6F9619FF-8B86-4011-B42D-00C04FC964FF", "travel_registrant registrants_contact")]
    [InlineData("Speaker", "LastModifiedDate", "Less than", "2027-02-01T10:00:00", "speakers_updated")]
    [InlineData("Survey", "AssociatedEventDetail/EventId", "Equals", "6F9619FF-8B86-4011-B42D-00C04FC964FF", "survey_events_event")]
    public Task Search_OnDatesDefaultedBooleansAndRelatedIds_IsAnsweredThroughAnIndex(string typeName, string field, string op, string value, string indexes) =>
        AssertSearchUsesIndexesAsync(typeName, field, op, value, indexes);

    /// <summary>
    /// Every searchable field of the six types served first (issue #17) that Breakout stores a value for, compared with
    /// Equals (a value unlike the default for a boolean): the fields without a value (an invitee's <c>VoucherCode</c>, a
    /// guest's <c>OptedOut</c> …) are constants, decided before any row is read.
    /// </summary>
    public static TheoryData<string, string, string> FirstTypesSearchableFields()
    {
        string[] unstored = ["Event.PlanningStatus", "Event.Hidden", "Invitee.VoucherCode", "Invitee.IsObfuscated", "Registration.GroupId",
            "Registration.GroupLeader", "Guest.CreatedDate", "Guest.CreatedBy", "Guest.LastOptOutDate", "Guest.OptedOut", "Guest.IsObfuscated"];
        var data = new TheoryData<string, string, string>();
        foreach (var type in new[] { EventObject.Descriptor, SessionObject.Descriptor, ContactObject.Descriptor, InviteeObject.Descriptor, RegistrationObject.Descriptor, GuestObject.Descriptor })
        {
            foreach (var field in type.Fields.Where(f => f.Searchable && !unstored.Contains($"{type.Name}.{f.Name}")))
            {
                data.Add(type.Name, field.Name, field.Type switch
                {
                    CvFieldType.Id => "6F9619FF-8B86-4011-B42D-00C04FC964FF",
                    CvFieldType.DateTime => "2027-02-01T10:00:00",
                    CvFieldType.Boolean => field.DefaultValue == "true" ? "false" : "true",
                    _ => field.LookUps?[1] ?? "Value",
                });
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FirstTypesSearchableFields))]
    public Task Search_OnEverySearchableFieldOfTheFirstSixTypes_ReadsNoAccountRowByRow(string typeName, string field, string value) =>
        AssertSearchWalksNoAccountAsync(typeName, field, "Equals", value);

    [Theory]
    [InlineData("Registration", "RegistrationDate", "Greater than", "2027-02-01T10:00:00")]
    [InlineData("Invitee", "LastModifiedDate", "Less than", "2027-02-01T10:00:00")]
    [InlineData("Invitee", "Status", "Includes", "Accepted,Cancelled")]
    [InlineData("Guest", "Company", "Includes", "Acme,Initech")]
    [InlineData("Contact", "HomeCity", "Includes", "Paris,Rome")]
    public Task Search_OnTheFirstSixTypesWithOtherOperators_ReadsNoAccountRowByRow(string typeName, string field, string op, string value) =>
        AssertSearchWalksNoAccountAsync(typeName, field, op, value);
}
