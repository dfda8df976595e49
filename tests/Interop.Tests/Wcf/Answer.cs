using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:Answer</c>: every part is a nillable element, so a part Breakout leaves empty reads as null.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class Answer
{
    [XmlElement(IsNullable = true, Order = 0)]
    public string? AnswerPart { get; set; }

    [XmlElement(IsNullable = true, Order = 1)]
    public string? AnswerColumn { get; set; }

    [XmlElement(IsNullable = true, Order = 2)]
    public string? AnswerText { get; set; }

    [XmlElement(IsNullable = true, Order = 3)]
    public string? AnswerOther { get; set; }

    [XmlElement(IsNullable = true, Order = 4)]
    public string? AnswerExportValue { get; set; }

    [XmlElement(IsNullable = true, Order = 5)]
    public string? AnswerComment { get; set; }
}
