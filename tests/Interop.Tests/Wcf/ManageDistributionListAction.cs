using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:ManageDistributionListAction</c>, as svcutil names its values (one has spaces on the wire).</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public enum ManageDistributionListAction
{
    Add,

    [XmlEnum("Add as Pending")]
    AddasPending,

    Remove,
}
