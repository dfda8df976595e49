using System.Xml.Linq;
using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;
using ItemResult = Breakout.TestSupport.ItemResult;

namespace Breakout.Host.Tests.Payments;

/// <summary>CreateTransaction over raw SOAP: exact amounts, ValidateInvitee's PaidInFull, the CV981xx errors, limits.</summary>
public sealed class CreateTransactionTests : OwnServerTests
{
    private static string Transaction(string inviteeId, string type, string? amount, string messageId = "m", string extra = "", string details = "") =>
        $"<Transaction MessageId=\"{messageId}\" InviteeId=\"{inviteeId}\" TransactionType=\"{type}\"" + (amount is null ? "" : $" Amount=\"{amount}\"") +
        $" {extra}>{details}</Transaction>";

    private async Task<SoapReply> Send(string eventId, params string[] transactions) =>
        await Server.CallAsync(Token, "CreateTransaction",
            $"<CreateTransaction xmlns=\"{Tns}\"><Transactions>{string.Concat(transactions)}</Transactions><EventId>{eventId}</EventId></CreateTransaction>");

    private async Task<IReadOnlyList<ItemResult>> Create(string eventId, params string[] transactions)
    {
        var reply = await Send(eventId, transactions);
        Assert.True(reply.Status == 200, reply.Body);
        var s1 = SoapEnvelopes.S1;
        return [.. reply.Xml.Descendants(s1 + "CreateTransactionResult").Where(e => e.Parent?.Name == s1 + "CreateTransactionResult").Select(e => new ItemResult(
            (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
            (string?)e.Element(s1 + "Errors")?.Element(s1 + "Error")?.Attribute("Code"), (string?)e.Element(s1 + "Errors")?.Element(s1 + "Error")?.Attribute("Description")))];
    }

    private async Task<bool> PaidInFull(string inviteeId)
    {
        var body = $"<ValidateInvitee xmlns=\"{Tns}\"><ProductType>Event</ProductType><ProductID>{Server.Conference.Id}</ProductID>" +
            $"<CheckPaidInFull>true</CheckPaidInFull><CvInvitees><CvInvitee Id=\"{inviteeId}\"/></CvInvitees></ValidateInvitee>";
        var reply = await Server.CallAsync(Token, "ValidateInvitee", body);
        Assert.True(reply.Status == 200, reply.Body);
        var result = reply.Xml.Descendants(SoapEnvelopes.S1 + "ValidateInviteeResult").Single(e => e.Attribute("PaidInFull") is not null);
        return (string?)result.Attribute("PaidInFull") == "true";
    }

    /// <summary>A new invitee of the conference with this status and order amount (null: not known).</summary>
    private async Task<string> Invitee(decimal? orderAmount, InviteeStatus status = InviteeStatus.Accepted, string? eventId = null)
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber))!;
        var id = CventId.New();
        var invitee = new InviteeRecord(id, CventId.Parse(eventId ?? Server.Conference.Id), null, "PAY-" + id.ToString()[..8], status, "Pat", "Payer", "pat@example.com", orderAmount);
        Assert.Empty(await store.ImportAsync(account.Key, new CatalogBatch { Invitees = [invitee] }));
        return id.ToString();
    }

    private async Task<XElement> Retrieved(string transactionId) =>
        Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Transaction", transactionId))));

    [Fact]
    public async Task TenAndTwentyCents_PayAnOrderOfThirtyCentsExactly_AndARefundUnpaysIt()
    {
        var invitee = await Invitee(0.30m);

        var ten = Assert.Single(await Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", "0.10", "a")));
        Assert.True(ten.Success, ten.ErrorCode);
        Assert.False(await PaidInFull(invitee));
        var twenty = Assert.Single(await Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", "0.20", "b")));
        Assert.True(await PaidInFull(invitee));
        var refund = Assert.Single(await Create(Server.Conference.Id, Transaction(invitee, "Offline Refund", "0.01", "c")));
        Assert.False(await PaidInFull(invitee));

        Assert.Equal("a", ten.ReferenceId);
        var stored = new[] { await Retrieved(ten.Id!), await Retrieved(twenty.Id!), await Retrieved(refund.Id!) };
        Assert.Equal(new[] { "0.10", "0.20", "0.01" }, stored.Select(t => (string?)t.Attribute("Amount")));
        Assert.Equal(new[] { "false", "true", "false" }, stored.Select(t => (string?)t.Attribute("PaidInFull")));
        var search = await Server.CallAsync(Token, "Search", Search("Transaction", "AndSearch", Filter("InviteeId", "Equals", invitee), Filter("Amount", "Equals", "0.3")));
        Assert.Empty(Ids(search, "Search"));
        var cents = await Server.CallAsync(Token, "Search", Search("Transaction", "AndSearch", Filter("InviteeId", "Equals", invitee), Filter("Amount", "Greater than", "0.09")));
        Assert.Equal(new[] { ten.Id, twenty.Id }.Order(), Ids(cents, "Search").Order());
    }

    [Fact]
    public async Task ACreatedTransaction_ShowsTheInviteesFields_AndGetUpdatedSeesIt()
    {
        var invitee = await Invitee(null);
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);

        var created = Assert.Single(await Create(Server.Conference.Id, Transaction(invitee, "Online Charge", "125.5", extra:
            "PaymentType=\"Check\" ReferenceNumber=\"CHK-1001\" TransactionDate=\"2027-05-01T10:00:00\" Note=\"At the door\" Success=\"false\" EventTitle=\"ignored\"")));
        var updated = await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Transaction", Gmt(before), Gmt(DateTimeOffset.UtcNow.AddMinutes(5))));
        var transaction = await Retrieved(created.Id!);

        Assert.Contains(created.Id, Ids(updated, "GetUpdated"));
        Assert.Equal(invitee, (string?)transaction.Attribute("InviteeId"));
        Assert.Equal(Server.Conference.Id, (string?)transaction.Attribute("EventId"));
        Assert.Equal(Server.Conference.Title, (string?)transaction.Attribute("EventTitle"));
        Assert.Equal("125.50", (string?)transaction.Attribute("Amount"));
        Assert.Equal("Online Charge", (string?)transaction.Attribute("TransactionType"));
        Assert.Equal("true", (string?)transaction.Attribute("Success"));
        Assert.Equal("Check", (string?)transaction.Attribute("PaymentType"));
        Assert.Equal("CHK-1001", (string?)transaction.Attribute("ReferenceNumber"));
        Assert.Equal("2027-05-01T10:00:00", (string?)transaction.Attribute("TransactionDate"));
        Assert.Equal("At the door", (string?)transaction.Attribute("Note"));
        Assert.Empty(await Server.Services.GetRequiredService<IBreakoutStore>().VerifyAsync());
    }

    [Fact]
    public async Task PaidInFull_ChargesWhatIsDue_ThenNothingIsDue_AndARefundInFullNeedsAnOverpayment()
    {
        var invitee = await Invitee(450m);
        Assert.True((await Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", "200")))[0].Success);

        var rest = Assert.Single(await Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", null, extra: "PaidInFull=\"true\"")));
        var again = Assert.Single(await Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", null, extra: "PaidInFull=\"true\"")));
        var refundInFull = Assert.Single(await Create(Server.Conference.Id, Transaction(invitee, "Offline Refund", null, extra: "PaidInFull=\"true\"")));

        Assert.Equal("250.00", (string?)(await Retrieved(rest.Id!)).Attribute("Amount"));
        Assert.True(await PaidInFull(invitee));
        Assert.Equal("CV98104", again.ErrorCode);
        Assert.Equal("CV98105", refundInFull.ErrorCode);
        Assert.Null(again.Id);
    }

    [Fact]
    public async Task WithoutAnOrderAmount_TheCallersPaidInFullDecides()
    {
        var invitee = await Invitee(null);

        Assert.True((await Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", "10", extra: "PaidInFull=\"false\"")))[0].Success);
        Assert.False(await PaidInFull(invitee));
        Assert.True((await Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", "90", extra: "PaidInFull=\"true\"")))[0].Success);
        Assert.True(await PaidInFull(invitee));
    }

    [Fact]
    public async Task Errors_ArePerItem_InOrder_AndNothingFailedIsStored()
    {
        // An invitee named by an earlier item of the call is a duplicate (CV98102) whatever that item's outcome, so
        // every item that is to reach a later check names an invitee of its own.
        var payers = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            payers.Add(await Invitee(100m));
        }

        var declined = await Invitee(100m, InviteeStatus.Declined);
        var cancelled = await Invitee(100m, InviteeStatus.Cancelled);
        var cancelledToo = await Invitee(100m, InviteeStatus.Cancelled);
        var otherEvent = await Invitee(100m, eventId: Server.Manifest.Events[1].Id);
        var guest = Server.Conference.Guests[0].Id;
        var session = Server.Session("NET").Id;

        var results = await Create(Server.Conference.Id,
            Transaction(Guid.NewGuid().ToString(), "Offline Charge", "1", "unknown"),
            Transaction("not-a-guid", "Offline Charge", "1", "malformed"),
            Transaction(otherEvent, "Offline Charge", "1", "other-event"),
            Transaction(guest, "Offline Charge", "1", "guest"),
            Transaction(declined, "Offline Charge", "1", "declined"),
            Transaction(cancelled, "Offline Charge", "1", "cancelled-charge"),
            Transaction(payers[0], "Offline Charge", "0", "zero"),
            Transaction(payers[1], "Offline Charge", "-5", "negative"),
            Transaction(payers[2], "Offline Charge", "0.00001", "too-fine"),
            Transaction(payers[3], "Offline Charge", null, "missing"),
            Transaction(payers[4], "Offline Charge", "10", "bad-product", details: $"<DistributionDetail ProductId=\"{Guid.NewGuid()}\" AmountApplied=\"10\"/>"),
            Transaction(payers[5], "Offline Charge", "10", "same-product", details: $"<DistributionDetail ProductId=\"{session}\" AmountApplied=\"5\"/><DistributionDetail ProductId=\"{session}\" AmountApplied=\"5\"/>"),
            Transaction(payers[6], "Offline Charge", "10", "applied", details: $"<DistributionDetail ProductId=\"{session}\" AmountApplied=\"9.99\"/>"),
            Transaction(payers[7], "Offline Charge", "10", "ok", details: $"<DistributionDetail ProductId=\"{session}\" AmountApplied=\"4\"/><DistributionDetail ProductId=\"{Server.Conference.Id}\" AmountApplied=\"6\"/>"),
            Transaction(payers[7], "Offline Charge", "10", "duplicate"),
            Transaction(cancelledToo, "Offline Refund", "1", "cancelled-refund"));

        Assert.Equal(
            ["CV84001", "CV84001", "CV84001", "CV84001", "CV98101", "CV98101", "BO98201", "BO98201", "BO98201", "BO98201", "CV98107", "CV98103", "CV98106", null, "CV98102", null],
            results.Select(r => r.ErrorCode));
        Assert.Equal(["unknown", "malformed", "other-event", "guest", "declined", "cancelled-charge", "zero", "negative", "too-fine", "missing", "bad-product", "same-product", "applied", "ok", "duplicate", "cancelled-refund"],
            results.Select(r => r.ReferenceId));
        Assert.All(results.Where(r => !r.Success), r => Assert.Null(r.Id));
        Assert.Equal("Duplicated Transaction object – Invitee ID(s) are not unique", results[14].ErrorDescription);
        var named = payers.Concat([declined, cancelled, cancelledToo, otherEvent]).Select(p => Filter("InviteeId", "Equals", p)).ToArray();
        var stored = await Server.CallAsync(Token, "Search", Search("Transaction", "OrSearch", named));
        Assert.Equal(new[] { results[13].Id, results[15].Id }.Order(), Ids(stored, "Search").Order());
    }

    [Fact]
    public async Task ADistribution_IsKept_AndRetrieveAnswersItsRowsInOrder_WithTheProductsNameCodeAndType()
    {
        var invitee = await Invitee(10m);
        var session = Server.Session("NET");
        var created = Assert.Single(await Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", "10", "split", details:
            $"<DistributionDetail ProductId=\"{session.Id}\" AmountApplied=\"4.5\" GLCode=\"4100\" OrderNumber=\"ORD-1\"/>" +
            $"<DistributionDetail ProductId=\"{Server.Conference.Id}\" AmountApplied=\"5.5\"/>")));

        var transaction = await Retrieved(created.Id!);

        var rows = transaction.Elements(SoapEnvelopes.S1 + "DistributionDetail").ToList();
        Assert.Equal(
            $"<DistributionDetail ProductId=\"{session.Id}\" ProductName=\"{session.Name}\" ProductCode=\"NET\" ProductType=\"Session\" AmountApplied=\"4.50\" GLCode=\"4100\" GLDescription=\"\" OrderNumber=\"ORD-1\" />",
            new XElement(rows[0].Name.LocalName, rows[0].Attributes()).ToString());
        Assert.Equal(["ProductId", "ProductName", "ProductCode", "ProductType", "AmountApplied", "GLCode", "GLDescription", "OrderNumber"], rows[1].Attributes().Select(a => a.Name.LocalName));
        Assert.Equal((Server.Conference.Id, Server.Conference.Title, "Event", "5.50"),
            ((string?)rows[1].Attribute("ProductId"), (string?)rows[1].Attribute("ProductName"), (string?)rows[1].Attribute("ProductType"), (string?)rows[1].Attribute("AmountApplied")));
        Assert.Empty(transaction.Elements().Except(rows));
    }

    [Fact]
    public async Task AnUnknownEvent_FailsEveryItem()
    {
        var invitee = await Invitee(10m);

        var results = await Create(Guid.NewGuid().ToString(), Transaction(invitee, "Offline Charge", "1", "a"), Transaction(invitee, "Offline Charge", "1", "b"));

        Assert.Equal(["CV70109", "CV70109"], results.Select(r => r.ErrorCode));
        Assert.Equal("CV70109", Assert.Single(await Create("", Transaction(invitee, "Offline Charge", "1"))).ErrorCode);
    }

    [Theory]
    [InlineData("TransactionType=\"Cash\"", "TransactionType")]
    [InlineData("", "TransactionType")]
    [InlineData("TransactionType=\"Offline Charge\" Amount=\"1e3\"", "Amount")]
    [InlineData("TransactionType=\"Offline Charge\" Amount=\"1,000.00\"", "Amount")]
    [InlineData("TransactionType=\"Offline Charge\" Amount=\"1\" TransactionDate=\"tomorrow\"", "TransactionDate")]
    public async Task WhatXmlSerializerRefuses_FaultsTheCall(string attributes, string named)
    {
        var invitee = await Invitee(10m);

        var reply = await Send(Server.Conference.Id, $"<Transaction InviteeId=\"{invitee}\" {attributes}/>");

        Assert.Equal(500, reply.Status);
        Assert.Equal("CV10001", reply.FaultCode?.Split(':')[^1]);
        Assert.Contains(named, reply.FaultDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoTransactions_OrMoreThan200_FaultTheCall()
    {
        var invitee = await Invitee(10m);

        var none = await Send(Server.Conference.Id);
        var tooMany = await Send(Server.Conference.Id, [.. Enumerable.Range(0, 201).Select(i => Transaction(invitee, "Offline Charge", "1", $"m{i}"))]);
        var most = await Create(Server.Conference.Id, [.. Enumerable.Range(0, 200).Select(i => Transaction(i == 0 ? invitee : Guid.NewGuid().ToString(), "Offline Charge", "1", $"m{i}"))]);

        Assert.Equal("CV20018", none.FaultCode?.Split(':')[^1]);
        Assert.Equal("CV20021", tooMany.FaultCode?.Split(':')[^1]);
        Assert.Equal(200, most.Count);
        Assert.True(most[0].Success);
    }

    [Fact]
    public async Task ConcurrentPayments_OfOneInvitee_AreAllCounted_AndPayTheOrderOnce()
    {
        var invitee = await Invitee(1.00m);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Create(Server.Conference.Id, Transaction(invitee, "Offline Charge", null, $"p{i}", "PaidInFull=\"true\""))));

        Assert.Single(results, r => r[0].Success);
        Assert.Equal(7, results.Count(r => r[0].ErrorCode == "CV98104"));
        Assert.True(await PaidInFull(invitee));
    }
}
