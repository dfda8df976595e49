using static Breakout.Security.Tests.HostileEnvelopes;

namespace Breakout.Security.Tests;

internal static partial class HostileCatalogue
{
    /// <summary>The host's default body limit (4 MB).</summary>
    private const int Limit = 4 * 1024 * 1024;

    private const string Soap12Type = "application/soap+xml; charset=utf-8";

    private static string Padded(string envelope, int length) => envelope + new string(' ', length - envelope.Length);

    private static IEnumerable<HostileCase> HttpCases()
    {
        yield return new("BodyOverLimit_WithContentLength_IsTooLarge",
            c => Soap11(Padded(Login11(c), Limit + 1)) with { ExpectContinue = true }, Expectation.Fault("BO10003", 413));
        yield return new("BodyOverLimit_Chunked_IsTooLarge",
            c => Soap11(Padded(Login11(c), Limit + 100_000)) with { Chunked = true }, Expectation.Fault("BO10003", 413));
        yield return new("BodyOverLimit_Soap12_IsTooLarge_InSoap12",
            c => new RawRequest(Utf8(Padded(Envelope12(LoginBody(c)), 2 * Limit)), Soap12Type, ExpectContinue: true), Expectation.Fault("BO10003", 413, soap12: true));
        yield return new("BodyAtLimit_Chunked_Works",
            c => Soap11(Padded(Login11(c), Limit)) with { Chunked = true }, Expectation.Login());
        yield return new("ContentTypeJson_IsUnsupportedMediaType",
            c => Soap11(Login11(c)) with { ContentType = "application/json" }, Expectation.Fault(Cv10001, 415));
        yield return new("ContentTypeUnparsable_IsUnsupportedMediaType",
            c => Soap11(Login11(c)) with { ContentType = "not a media type;;" }, Expectation.Fault(Cv10001, 415));
        yield return new("ContentTypeMissing_Soap11Envelope_Works",
            c => Soap11(Login11(c)) with { ContentType = null }, Expectation.Login());
        yield return new("ContentTypeMissing_Soap12Envelope_Works_InSoap12",
            c => new RawRequest(Utf8(Envelope12(LoginBody(c))), null), Expectation.Login(soap12: true));
        yield return new("Soap11Envelope_WithSoap12ContentType_IsRefused_InSoap11",
            c => Soap11(Login11(c)) with { ContentType = Soap12Type }, Expectation.Fault(Cv10001));
        // The runtime takes the version from the envelope and holds only SOAP 1.1 to its content type.
        yield return new("Soap12Envelope_WithTextXml_Works_InSoap12",
            c => Soap11(Envelope12(LoginBody(c))), Expectation.Login(soap12: true));
        yield return new("SoapActionContradictingBody_IsActionMismatch",
            c => Soap11(Login11(c), $"\"{Tns}/SessionRegAction\""), Expectation.Fault("BO10002"));
        yield return new("Soap12ActionParameterContradictingBody_IsActionMismatch",
            c => new RawRequest(Utf8(Envelope12(LoginBody(c))), Soap12Type + $"; action=\"{Tns}/Search\""), Expectation.Fault("BO10002", soap12: true));
        yield return new("SoapActionUnquoted_Works", c => Soap11(Login11(c), $"{Tns}/Login"), Expectation.Login());
        yield return new("SoapActionEmptyQuotes_Works", c => Soap11(Login11(c), "\"\""), Expectation.Login());
        yield return new("Soap12Login_Works", c => new RawRequest(Utf8(Envelope12(LoginBody(c))), Soap12Type), Expectation.Login(soap12: true));
    }
}
