using static Breakout.Security.Tests.HostileEnvelopes;

namespace Breakout.Security.Tests;

internal static partial class HostileCatalogue
{
    private static IEnumerable<HostileCase> SoapCases()
    {
        yield return new("UnknownOperation_InTns_IsRefused", _ => Soap11(Envelope11($"""<Frobnicate xmlns="{Tns}"/>""")), Expectation.Fault(Cv10001));
        yield return new("KnownButUnsupportedOperation_IsNotSupported", _ => Soap11(Envelope11($"""<CreateRFP xmlns="{Tns}"/>""")), Expectation.Fault("BO10001"));
        yield return new("Operation_InForeignNamespace_IsRefused",
            c => Soap11(Envelope11(LoginBody(c).Replace(Tns, "urn:evil", StringComparison.Ordinal))), Expectation.Fault(Cv10001));
        yield return new("Operation_InS1Namespace_IsRefused",
            c => Soap11(Envelope11(LoginBody(c).Replace(Tns, S1, StringComparison.Ordinal))), Expectation.Fault(Cv10001));
        yield return new("TwoElementsInBody_AreRefused", c => Soap11(Envelope11(LoginBody(c) + LoginBody(c))), Expectation.Fault(Cv10001));
        yield return new("TwoBodies_AreRefused",
            c => Soap11(Login11(c).Replace("</soap:Body>", "</soap:Body><soap:Body/>", StringComparison.Ordinal)), Expectation.Fault(Cv10001));
        yield return new("HeaderAfterBody_IsRefused",
            c => Soap11(Login11(c).Replace("</soap:Body>", "</soap:Body><soap:Header/>", StringComparison.Ordinal)), Expectation.Fault(Cv10001));
        yield return new("TwoHeaders_AreRefused",
            c => Soap11(SessionReg11(c).Replace("<soap:Body>", "<soap:Header/><soap:Body>", StringComparison.Ordinal)), Expectation.Fault(Cv10001));
        yield return new("EnvelopeWithoutBody_IsRefused", _ => Soap11($"""<soap:Envelope xmlns:soap="{Soap11}"/>"""), Expectation.Fault(Cv10001));
        yield return new("EmptyBody_Element_IsRefused", _ => Soap11(Envelope11("")), Expectation.Fault(Cv10001));
        // XmlSerializer skips text and unknown elements beside the operation (UnknownNode); an operation is still required.
        yield return new("TextDirectlyInBody_IsSkipped", c => Soap11(Envelope11("hello" + LoginBody(c) + ",")), Expectation.Login());
        yield return new("ForeignElementBesideTheOperation_IsSkipped",
            c => Soap11(Envelope11("<evil xmlns=\"urn:evil\"><Login xmlns=\"" + Tns + "\"/></evil>" + LoginBody(c))), Expectation.Login());
        yield return new("OnlyTextInBody_IsRefused", _ => Soap11(Envelope11("hello")), Expectation.Fault(Cv10001));
        yield return new("RootIsNotAnEnvelope_IsRefused", c => Soap11(LoginBody(c)), Expectation.Fault(Cv10001));
        yield return new("EnvelopeInNoNamespace_IsRefused",
            c => Soap11($"<Envelope><Body>{LoginBody(c)}</Body></Envelope>"), Expectation.Fault(Cv10001));
        yield return new("ForeignElementInEnvelope_IsRefused",
            c => Soap11(Login11(c).Replace("<soap:Body>", "<evil xmlns=\"urn:evil\"/><soap:Body>", StringComparison.Ordinal)), Expectation.Fault(Cv10001));
    }
}
