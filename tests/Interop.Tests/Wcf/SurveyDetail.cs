using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>s1:SurveyDetail</c>: one question and its answers, as child elements in sequence order (the serializer reads
/// the base type's elements before the extension's, as the schema orders them).
/// </summary>
[XmlType(Namespace = CventNamespaces.S1)]
[XmlInclude(typeof(ResponseSurveyDetail))]
public class SurveyDetail
{
    [XmlElement(Order = 0)]
    public string? QuestionText { get; set; }

    [XmlElement(Order = 1)]
    public string? QuestionExportValue { get; set; }

    [XmlElement(Order = 2)]
    public int QuestionType { get; set; }

    [XmlElement("Answer", Order = 3)]
    public Answer[]? Answer { get; set; }

    [XmlElement(Order = 4)]
    public decimal QuestionScore { get; set; }
}
