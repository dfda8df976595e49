using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Transaction type: the attributes of <c>s1:Transaction</c> in WSDL order. A transaction belongs to an invitee
/// (<c>InviteeId</c>) and through it to a contact and an event, whose fields it shows. Read-only and searchable flags
/// are those of the Transaction table of the "Cvent Web Services API" guide, Version V200611 (June 2008 edition,
/// §3.9, the one edition whose table was readable): ContactId, InviteeId, EventId, TransactionType, Success,
/// TransactionNumber, PaymentType, NameOnCard, ReferenceNumber, BatchNumber, Amount and TransactionDate are
/// searchable; LastModifiedDate is GetUpdated's field. <c>PaidInFull</c>, <c>AuthorizationCode</c> and the other
/// fields later editions added are not searchable. An invitee's latest successful transaction decides ValidateInvitee's
/// <c>PaidInFull</c>. Its <c>DistributionDetail</c>s say which products of the order the amount paid for.
/// </summary>
public static class TransactionObject
{
    /// <summary>The WSDL's <c>TransactionType</c> enumeration.</summary>
    public static readonly IReadOnlyList<string> TransactionTypes = ["Online Charge", "Online Refund", "Offline Charge", "Offline Refund"];

    /// <summary>
    /// <c>s1:GLCodes</c> inside a <c>DistributionDetail</c>: the WSDL type of a fee's codes
    /// (<see cref="EventDetailObject.GLCodes"/>), stored per distribution. One row per <c>GLID</c>, which the import requires.
    /// </summary>
    public static readonly CvDetailDescriptor GLCodes = EventDetailObject.GLCodes.Another();

    /// <summary>
    /// <c>s1:DistributionDetail</c>: the part of the amount applied to one product of the order (the event's admission or
    /// a session), in the attribute order of the WSDL; the guide's table (June 2008, §3.9) lists ProductName, ProductCode,
    /// ProductType, OrderPrice, AmountApplied and GLCode, the WSDL adds ProductId, GLDescription and OrderNumber. Nested
    /// in it, the general-ledger codes the amount is booked to (<see cref="GLCodes"/>).
    /// </summary>
    public static readonly CvDetailDescriptor DistributionDetail = new("DistributionDetail",
    [
        new("ProductId", T.Id, ReadOnly: true),
        new("ProductName", T.String, 200, ReadOnly: true),
        new("ProductCode", T.String, 50, ReadOnly: true),
        new("ProductType", T.String, 50, ReadOnly: true),
        new("OrderPrice", T.Double, ReadOnly: true),
        new("AmountApplied", T.Decimal, ReadOnly: true),
        new("GLCode", T.String, 50, ReadOnly: true),
        new("GLDescription", T.String, 200, ReadOnly: true),
        new("OrderNumber", T.String, 50, ReadOnly: true),
    ])
    {
        Nested = [GLCodes],
    };

    /// <summary>
    /// An imported general-ledger code of a distribution (<c>transaction.distributiondetail.glcodes</c>): the
    /// distribution's <c>ProductId</c> (which tells a transaction's distributions apart), then the code.
    /// </summary>
    public static readonly CvDetailDescriptor GLCodesImport = DistributionDetail.NestedImport(GLCodes, ["ProductId"], "GLID");

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Transaction,
        "LastModifiedDate",
        [
            new("ContactId", T.Id, Searchable: true, ReadOnly: true),
            new("InviteeId", T.Id, Searchable: true, ReadOnly: true),
            new("SourceId", T.String, 100, ReadOnly: true),
            new("FirstName", T.String, 30, ReadOnly: true),
            new("LastName", T.String, 50, ReadOnly: true),
            new("Company", T.String, 100, ReadOnly: true),
            new("Title", T.String, 100, ReadOnly: true),
            new("EmailAddress", T.String, 80, ReadOnly: true),
            new("WorkPhone", T.String, 30, ReadOnly: true),
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("EventCode", T.String, 50, ReadOnly: true),
            new("EventTitle", T.String, 200, ReadOnly: true),
            new("EventStartDate", T.DateTime, ReadOnly: true),
            new("TransactionType", T.String, 30, Searchable: true, Required: true, ReadOnly: true, LookUps: TransactionTypes),
            new("Success", T.Boolean, Searchable: true, ReadOnly: true, DefaultValue: "true"),
            new("TransactionNumber", T.String, 50, Searchable: true, ReadOnly: true),
            new("PaymentType", T.String, 50, Searchable: true, ReadOnly: true),
            new("NameOnCard", T.String, 100, Searchable: true, ReadOnly: true),
            new("ReferenceNumber", T.String, 100, Searchable: true, ReadOnly: true),
            new("BatchNumber", T.String, 50, Searchable: true, ReadOnly: true),
            new("Amount", T.Decimal, Searchable: true, ReadOnly: true),
            new("PaidInFull", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("TransactionDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("Note", T.String, 2000, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, ReadOnly: true),
            new("ModifiedBy", T.String, 100, ReadOnly: true),
            new("AuthorizationCode", T.String, 50, ReadOnly: true),
        ]) with
    {
        Details = [DistributionDetail],
        ImportDetails = [GLCodesImport],
    };
}
