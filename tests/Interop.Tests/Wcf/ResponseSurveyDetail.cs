using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:ResponseSurveyDetail</c>: a <see cref="SurveyDetail"/> with the question's code and number after it.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class ResponseSurveyDetail : SurveyDetail
{
    [XmlElement(Order = 0)]
    public string? QuestionCode { get; set; }

    [XmlElement(Order = 1)]
    public string? QuestionNumber { get; set; }
}
