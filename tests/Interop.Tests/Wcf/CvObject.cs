using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>s1:CvObject</c>, the base of every object Retrieve answers. <see cref="XmlIncludeAttribute"/> names the subtypes
/// the serializer may build from <c>xsi:type</c>; svcutil emits one per type that extends CvObject.
/// </summary>
[XmlType(Namespace = CventNamespaces.S1)]
[XmlInclude(typeof(Registration))]
[XmlInclude(typeof(Speaker))]
[XmlInclude(typeof(Transaction))]
[XmlInclude(typeof(Response))]
public class CvObject
{
    [XmlAttribute]
    public string? Id { get; set; }

    [XmlAttribute]
    public string? MessageId { get; set; }

    [XmlAttribute]
    public string? TransactionID { get; set; }
}
