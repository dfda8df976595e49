using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:Transaction</c> (<c>xsi:type="Transaction"</c>); <c>Amount</c> is <c>s:decimal</c>, <c>TransactionType</c> an enumeration.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class Transaction : CvObject
{
    [XmlAttribute]
    public string? InviteeId { get; set; }

    [XmlAttribute]
    public string? EventId { get; set; }

    [XmlAttribute]
    public string? TransactionType { get; set; }

    [XmlAttribute]
    public decimal Amount { get; set; }

    [XmlAttribute]
    public bool PaidInFull { get; set; }
}
