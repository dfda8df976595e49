using static Breakout.Security.Tests.HostileEnvelopes;

namespace Breakout.Security.Tests;

internal static partial class HostileCatalogue
{
    private static IEnumerable<HostileCase> HeaderCases()
    {
        yield return new("SessionHeader_InS1Namespace_IsAccepted",
            c => Soap11(SessionReg11(c, header: SessionHeader(c.Token, S1))), Expectation.Items(NotRegistered));
        yield return new("SessionHeader_WithUnknownAttributes_IsAccepted",
            c => Soap11(SessionReg11(c, header: SessionHeader(c.Token, attributes: " soap:mustUnderstand=\"0\" foo=\"bar\" xmlns:z=\"urn:z\" z:q=\"1\""))),
            Expectation.Items(NotRegistered));
        yield return new("SessionValue_InCdata_IsAccepted",
            c => Soap11(SessionReg11(c, header: SessionHeader($"<![CDATA[{c.Token}]]>"))), Expectation.Items(NotRegistered));
        yield return new("SessionValue_WithCommentsInside_IsAccepted",
            c => Soap11(SessionReg11(c, header: SessionHeader($"<!-- x -->{c.Token}<?pi?>"))), Expectation.Items(NotRegistered));
        yield return new("SessionHeader_InForeignNamespace_IsUnknownHeaderValue",
            c => Soap11(SessionReg11(c, header: SessionHeader(c.Token, "urn:evil"))), Expectation.Fault("CV10107"));
        yield return new("SessionHeader_Missing_IsUnknownHeaderValue",
            c => Soap11(Envelope11(SessionRegBody(Invitees(c, Item(c.InviteeId))))), Expectation.Fault("CV10107"));
        yield return new("SessionValue_Empty_IsUnknownHeaderValue",
            c => Soap11(SessionReg11(c, header: SessionHeader(""))), Expectation.Fault("CV10107"));
        yield return new("SessionValue_Garbled_IsInvalidHeaderValue",
            c => Soap11(SessionReg11(c, header: SessionHeader(c.Token[..10] + "%%garbled%%"))), Expectation.Fault("CV10104"));
        yield return new("SessionValue_Of10Kilobytes_IsInvalidHeaderValue",
            c => Soap11(SessionReg11(c, header: SessionHeader(new string('A', 10 * 1024)))), Expectation.Fault("CV10104"));
        yield return new("SessionValue_WithMarkupCharacters_IsInvalidHeaderValue",
            c => Soap11(SessionReg11(c, header: SessionHeader("&lt;script&gt;&amp;"))), Expectation.Fault("CV10104"));
        yield return new("SessionValue_AsChildElements_IsRefused",
            c => Soap11(SessionReg11(c, header: SessionHeader("<b>" + c.Token + "</b>"))), Expectation.Fault(Cv10001));
    }
}
