using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>s1:Response</c> (<c>xsi:type="Response"</c>): a survey response, its answers as <c>SurveyDetail</c> child elements
/// of type <c>ResponseSurveyDetail</c>; attributes the tests do not read are left out.
/// </summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class Response : CvObject
{
    [XmlElement("SurveyDetail", Namespace = CventNamespaces.S1)]
    public ResponseSurveyDetail[]? SurveyDetail { get; set; }

    [XmlAttribute]
    public string? SurveyId { get; set; }

    [XmlAttribute]
    public string? Status { get; set; }
}
