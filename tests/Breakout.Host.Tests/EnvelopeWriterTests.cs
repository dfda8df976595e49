using System.Xml;
using Breakout.Domain;
using Breakout.Soap;
using Breakout.Soap.Operations;

namespace Breakout.Host.Tests;

/// <summary>
/// The pre-encoded envelope gives exactly the bytes one <see cref="XmlWriter"/> writing the whole envelope gives, for
/// every kind of body and session value, including those it hands over to that writer.
/// </summary>
public sealed class EnvelopeWriterTests
{
    private const string Token = "q9Vb2L_x-0ZrT4mWcY7nP1sKd8eHfA3uJgXoBtEiRlM";

    public static TheoryData<SoapVersion, string?, string> Cases()
    {
        var data = new TheoryData<SoapVersion, string?, string>();
        foreach (var version in new[] { SoapVersion.Soap11, SoapVersion.Soap12 })
        {
            foreach (var session in new[] { null, Token, "not & plain <value>" })
            {
                foreach (var body in Bodies.Keys)
                {
                    data.Add(version, session, body);
                }
            }
        }

        return data;
    }

    private static readonly Dictionary<string, Action<XmlWriter>> Bodies = new()
    {
        ["results"] = writer => ResultArrayWriter.Write(writer, "SessionRegAction",
        [
            ("A1", "m1", true, null),
            ("A2", "line\nbreak & \"quotes\" <tags> \ttab\r", false, CventErrors.SessionFull),
            (null, null, false, CventErrors.Waitlisted.WithDescription("at position 2 & more")),
        ]),
        ["empty result array"] = writer => ResultArrayWriter.Write(writer, "CheckIn", []),
        ["text with line feeds"] = writer =>
        {
            writer.WriteStartElement("LoginResponse", SoapNamespaces.Tns);
            writer.WriteElementString("Note", SoapNamespaces.S1, "one\ntwo\r\nthree");
            writer.WriteEndElement();
        },
        ["envelope prefixes"] = writer =>
        {
            writer.WriteStartElement("RetrieveResponse", SoapNamespaces.Tns);
            writer.WriteStartElement("CvObject", SoapNamespaces.S1);
            writer.WriteAttributeString("type", SoapNamespaces.Xsi, "Contact");
            writer.WriteAttributeString("nil", SoapNamespaces.Xsi, "true");
            writer.WriteEndElement();
            writer.WriteEndElement();
        },
        ["two top-level elements"] = writer =>
        {
            writer.WriteElementString("First", SoapNamespaces.Tns, "1");
            writer.WriteElementString("Second", SoapNamespaces.Tns, "2");
        },
        ["nothing"] = _ => { },
        ["element left open"] = writer =>
        {
            writer.WriteStartElement("CheckInResponse", SoapNamespaces.Tns);
            writer.WriteElementString("Open", SoapNamespaces.S1, "closed by the writer's disposal");
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_GivesTheBytesOfOneXmlWriter(SoapVersion version, string? session, string body) =>
        Assert.Equal(
            System.Text.Encoding.UTF8.GetString(EnvelopeWriter.WriteWhole(version, session, Bodies[body])),
            System.Text.Encoding.UTF8.GetString(EnvelopeWriter.Write(version, session, Bodies[body]).Span));

    /// <summary>
    /// A thread keeps its body writer from one response to the next: every body written after every other one (and
    /// after one that failed half-way) still gives the bytes of a new writer.
    /// </summary>
    [Fact]
    public void Write_OnOneThread_AfterAnyOtherBody_GivesTheBytesOfOneXmlWriter()
    {
        foreach (var version in new[] { SoapVersion.Soap11, SoapVersion.Soap12 })
        {
            foreach (var before in Bodies.Keys)
            {
                foreach (var body in Bodies.Keys)
                {
                    EnvelopeWriter.Write(version, Token, Bodies[before]);
                    Assert.Throws<InvalidOperationException>(() => EnvelopeWriter.Write(version, Token, writer =>
                    {
                        writer.WriteStartElement("Half", SoapNamespaces.Tns);
                        throw new InvalidOperationException("the body failed");
                    }));
                    EnvelopeWriter.Write(version, Token, Bodies[before]);
                    Assert.Equal(
                        System.Text.Encoding.UTF8.GetString(EnvelopeWriter.WriteWhole(version, Token, Bodies[body])),
                        System.Text.Encoding.UTF8.GetString(EnvelopeWriter.Write(version, Token, Bodies[body]).Span));
                }
            }
        }
    }
}
