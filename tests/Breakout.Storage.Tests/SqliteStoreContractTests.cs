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
}
