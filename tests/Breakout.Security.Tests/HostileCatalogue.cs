using System.Text;
using static Breakout.Security.Tests.HostileEnvelopes;

namespace Breakout.Security.Tests;

/// <summary>
/// Every hostile request the server must answer exactly. Split by concern: XML parsing, HTTP framing, SOAP
/// structure, SessionRegAction contents, the session header.
/// </summary>
internal static partial class HostileCatalogue
{
    public const string Cv10001 = "CV10001";

    public static IReadOnlyList<HostileCase> All { get; } = [.. XmlCases(), .. HttpCases(), .. SoapCases(), .. SessionRegCases(), .. HeaderCases(), .. FuzzCases()];

    public static HostileCase Find(string name) => All.Single(c => c.Name == name);

    private static RawRequest Soap11(string envelope, string? action = null) => new(Utf8(envelope), SoapAction: action);

    private static RawRequest Bytes(byte[] body, string? contentType = "text/xml; charset=utf-8") => new(body, contentType);

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static IEnumerable<HostileCase> XmlCases()
    {
        yield return new("Xxe_ExternalEntity_IsRefused_AndNothingLeaks",
            c => Soap11("""<?xml version="1.0"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""" +
                Envelope11(LoginBody(c, "&xxe;"))[Declaration.Length..]),
            Expectation.Fault(Cv10001), MustNotContain: "root:");
        yield return new("Xxe_ParameterEntity_IsRefused",
            _ => Soap11("""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]><x/>"""),
            Expectation.Fault(Cv10001));
        yield return new("BillionLaughs_IsRefused",
            c => Soap11("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">""" +
                """<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>""" +
                Envelope11(LoginBody(c, "&lol4;"))[Declaration.Length..]),
            Expectation.Fault(Cv10001));
        yield return new("Doctype_WithoutEntities_IsRefused",
            c => Soap11("<!DOCTYPE soap:Envelope>" + Envelope11(LoginBody(c))[Declaration.Length..]),
            Expectation.Fault(Cv10001));
        yield return new("DeepNesting_InUnknownHeader_IsSkipped_AndLoginWorks",
            c => Soap11(Envelope11(LoginBody(c), Nested("a", 100_000))),
            Expectation.Login());
        yield return new("DeepNesting_InsideUserName_IsRefused",
            c => Soap11(Envelope11(LoginBody(c, Nested("a", 100_000)))),
            Expectation.Fault(Cv10001));
        yield return new("DeepNesting_AsTheOperation_IsRefused",
            _ => Soap11(Envelope11(Nested("a", 100_000))),
            Expectation.Fault(Cv10001));
        yield return new("InvalidUtf8Bytes_AreRefused",
            c =>
            {
                var text = Login11(c);
                var at = text.IndexOf("</UserName>", StringComparison.Ordinal);
                return Bytes(Concat(Utf8(text[..at]), [0xC3, 0x28, 0xFF], Utf8(text[at..])));
            },
            Expectation.Fault(Cv10001));
        yield return new("OverlongUtf8Encoding_IsRefused",
            c =>
            {
                var text = Login11(c);
                var at = text.IndexOf("</Password>", StringComparison.Ordinal);
                return Bytes(Concat(Utf8(text[..at]), [0xC0, 0xBC], Utf8(text[at..])));
            },
            Expectation.Fault(Cv10001));
        yield return new("Utf16LittleEndian_WithBom_Works",
            c => Bytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Login11(c).Replace("utf-8", "utf-16", StringComparison.Ordinal))).ToArray(),
                "text/xml; charset=utf-16"),
            Expectation.Login());
        yield return new("Utf16BigEndian_WithBom_Works",
            c => Bytes(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Login11(c).Replace("utf-8", "utf-16", StringComparison.Ordinal))).ToArray(),
                "text/xml; charset=utf-16"),
            Expectation.Login());
        yield return new("Latin1_Declared_Works",
            c => Bytes(Encoding.Latin1.GetBytes(Login11(c).Replace("utf-8", "ISO-8859-1", StringComparison.Ordinal)), "text/xml; charset=ISO-8859-1"),
            Expectation.Login());
        yield return new("UnknownEncoding_Declared_IsRefused",
            c => Soap11(Login11(c).Replace("utf-8", "x-klingon", StringComparison.Ordinal)),
            Expectation.Fault(Cv10001));
        yield return new("NonXmlBody_IsRefused", _ => Soap11("hello, is this SOAP?"), Expectation.Fault(Cv10001));
        yield return new("JsonBody_AsTextXml_IsRefused", _ => Soap11("""{"Login":{"AccountNumber":"x"}}"""), Expectation.Fault(Cv10001));
        yield return new("EmptyBody_IsRefused", _ => Bytes([]), Expectation.Fault(Cv10001));
        yield return new("WhitespaceBody_IsRefused", _ => Soap11("   \r\n\t  "), Expectation.Fault(Cv10001));
        yield return new("TruncatedEnvelope_IsRefused", c => Soap11(Login11(c)[..(Login11(c).Length / 2)]), Expectation.Fault(Cv10001));
        yield return new("DuplicatedAttribute_IsNotWellFormed",
            c => Soap11(SessionReg11(c).Replace("SessionRegActionType=\"Unregister\"", "SessionRegActionType=\"Unregister\" SessionRegActionType=\"Register\"", StringComparison.Ordinal)),
            Expectation.Fault(Cv10001));
        yield return new("ControlCharacter_IsRefused_WithAWellFormedFault",
            c => Soap11(Envelope11(LoginBody(c, "a\u0019b"))), Expectation.Fault(Cv10001));
        yield return new("UndeclaredPrefix_IsRefused", c => Soap11(Envelope11("<x:Login xmlns=\"" + Tns + "\"/>")), Expectation.Fault(Cv10001));
        yield return new("NulCharacterReference_IsRefused", c => Soap11(Envelope11(LoginBody(c, "a&#0;b"))), Expectation.Fault(Cv10001));
        yield return new("ContentAfterEnvelope_IsRefused", c => Soap11(Login11(c) + "<again/>"), Expectation.Fault(Cv10001));
        yield return new("CommentsAndProcessingInstructions_InOddPlaces_AreAccepted",
            c => Soap11(Login11(c)
                .Replace("<soap:Body>", "<!-- a --><?pi x?><soap:Body><!-- b -->", StringComparison.Ordinal)
                .Replace("<AccountNumber>", "<?pi y?><AccountNumber><!-- c -->", StringComparison.Ordinal)
                + "<!-- trailing --><?pi z?>"),
            Expectation.Login());
        yield return new("HyphenatedPrefix_SoapEnv_Works", c => Soap11(Envelope11(LoginBody(c), prefix: "SOAP-ENV")), Expectation.Login());
        yield return new("LoginChildren_InReverseOrder_Work",
            c => Soap11(Envelope11($"""<Login xmlns="{Tns}"><Password>{X(c.Manifest.Password)}</Password><UserName>{X(c.Manifest.UserName)}</UserName><AccountNumber>{X(c.Manifest.AccountNumber)}</AccountNumber></Login>""")),
            Expectation.Login());
        yield return new("HugeElementName_AsOperation_IsRefused",
            _ => Soap11(Envelope11($"<{new string('n', 1_000_000)}/>")),
            Expectation.Fault(Cv10001), MustNotContain: new string('n', 10_000));
    }
}
