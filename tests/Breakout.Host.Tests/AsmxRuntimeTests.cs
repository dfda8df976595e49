using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>
/// Where Cvent's real server, an ASMX service, is more lenient than its help page: the SOAP version taken from the
/// envelope, the prefix <c>soap</c> in SOAP 1.2 answers, and unknown text, elements and attributes skipped as
/// XmlSerializer's <c>UnknownNode</c> skips them (shared/spec/cvent-v200611.md §12). Requests are the bytes real
/// clients send (shared/spec/clients.md).
/// </summary>
public sealed class AsmxRuntimeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    private static readonly XNamespace Noise = "urn:example:noise";

    private BreakoutServer Server => fixture.Server;

    private string Invitee(int index) => Server.AcceptedInvitees.ElementAt(700 + index).Id;

    /// <summary>gatsby_cvent's request: a SOAP 1.2 envelope as text/xml, no SOAPAction, the operation in the query.</summary>
    private async Task<SoapReply> PostAsGatsbyAsync(string operation, string envelope)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(envelope));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml;charset=UTF-8");
        var url = Server.Endpoint.Replace("V200611.asmx", "V200611.ASMX", StringComparison.Ordinal) + "?op=" + operation;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        return await Server.SendAsync(request);
    }

    private static string Soap12Envelope(string header, string body) =>
        $"""<soap:Envelope xmlns:soap="{Soap12}" xmlns:ns="http://api.cvent.com/2006-11"><soap:Header>{header}</soap:Header><soap:Body>{body}</soap:Body></soap:Envelope>""";

    [Fact]
    public async Task Soap12Envelope_PostedAsTextXml_WithoutSoapAction_IsAnsweredAsSoap12_WithThePrefixSoap()
    {
        var login = await PostAsGatsbyAsync("Login", Soap12Envelope("",
            $"<ns:Login><ns:AccountNumber>{Server.Manifest.AccountNumber}</ns:AccountNumber><ns:UserName>{Server.Manifest.UserName}</ns:UserName><ns:Password>{Server.Manifest.Password}</ns:Password></ns:Login>"));

        Assert.Equal(200, login.Status);
        Assert.Equal("application/soap+xml; charset=utf-8", login.ContentType);
        Assert.StartsWith(
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:soap=\"{Soap12}\">\n  <soap:Body>\n    <LoginResponse",
            login.Body, StringComparison.Ordinal);
        var token = (string)login.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("CventSessionHeader")!;

        var retrieve = await PostAsGatsbyAsync("Retrieve", Soap12Envelope(
            $"<ns:CventSessionHeader><ns:CventSessionValue>{token}</ns:CventSessionValue></ns:CventSessionHeader>",
            $"<ns:Retrieve><ns:ObjectType>Event</ns:ObjectType><ns:Ids><ns:Id>{Server.Conference.Id}</ns:Id></ns:Ids></ns:Retrieve>"));

        Assert.Equal((200, "application/soap+xml; charset=utf-8"), (retrieve.Status, retrieve.ContentType));
        Assert.Equal(Soap12, retrieve.Xml.Root!.Name.NamespaceName);
        Assert.Contains("\n  <soap:Header>\n", retrieve.Body, StringComparison.Ordinal);
        Assert.Contains("\n  <soap:Body>\n", retrieve.Body, StringComparison.Ordinal);
        Assert.Equal(Server.Conference.Id, (string?)ObjectCalls.Objects(retrieve).Single().Attribute("Id"));
    }

    [Fact]
    public async Task Soap11Envelope_PostedAsSoap12ContentType_IsStillRefused_InSoap11()
    {
        var reply = await Server.PostSoap12Async(SoapEnvelopes.Login(Server.Manifest.AccountNumber, Server.Manifest.UserName, Server.Manifest.Password));

        Assert.Equal((500, "CV10001", "text/xml; charset=utf-8"), (reply.Status, reply.FaultCode, reply.ContentType));
        Assert.Contains("use text/xml", reply.FaultDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Soap12Fault_AnsweredToATextXmlPost_CarriesCventsCodeAtTheTop()
    {
        var reply = await PostAsGatsbyAsync("Retrieve", Soap12Envelope(
            "<ns:CventSessionHeader><ns:CventSessionValue>garbled</ns:CventSessionValue></ns:CventSessionHeader>",
            $"<ns:Retrieve><ns:ObjectType>Event</ns:ObjectType><ns:Ids><ns:Id>{Server.Conference.Id}</ns:Id></ns:Ids></ns:Retrieve>"));

        Assert.Equal((500, "application/soap+xml; charset=utf-8"), (reply.Status, reply.ContentType));
        var fault = reply.Xml.Root!.Element(XName.Get("Body", Soap12))!.Element(XName.Get("Fault", Soap12))!;
        Assert.Equal(["Code", "Reason", "Node", "detail"], fault.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("q0:CV10104", fault.Element(XName.Get("Code", Soap12))!.Element(XName.Get("Value", Soap12))!.Value);
        Assert.Empty(fault.Descendants(XName.Get("Subcode", Soap12)));
        Assert.Equal("", fault.Element("detail")!.Name.NamespaceName);
    }

    [Fact]
    public async Task CommasBetweenIds_AsJavaScriptClientsJoinArrays_AreSkipped()
    {
        var ids = Server.Conference.Sessions.Take(3).Select(s => s.Id).ToArray();
        var body = $"<Retrieve xmlns=\"{ObjectCalls.Tns}\"><ObjectType>Session</ObjectType><Ids xmlns=\"{ObjectCalls.S1}\">" +
            string.Join(",", ids.Select(i => $"<Id>{i}</Id>")) + "</Ids></Retrieve>";

        var reply = await Server.CallAsync(fixture.Token, "Retrieve", body);

        Assert.Equal(ids, ObjectCalls.Objects(reply).Select(o => (string?)o.Attribute("Id")));
    }

    [Fact]
    public async Task CommasBetweenFilters_AreSkipped_AndTheSearchIsTheSame()
    {
        var filters = new[]
        {
            ObjectCalls.Filter("EventId", "Equals", Server.Conference.Id),
            ObjectCalls.Filter("EventId", "Not Equal to", "00000000-0000-0000-0000-000000000001"),
        };
        var clean = await Server.CallAsync(fixture.Token, "Search", ObjectCalls.Search("Session", "AndSearch", filters));
        var joined = await Server.CallAsync(fixture.Token, "Search",
            ObjectCalls.Search("Session", "AndSearch", filters[0] + "," + filters[1]).Replace("<Field>", ",<Field>", StringComparison.Ordinal));

        Assert.NotEmpty(ObjectCalls.Ids(clean, "Search"));
        Assert.Equal(clean.Body, joined.Body);
    }

    public static TheoryData<string> ReadOnlyCalls() => ["Retrieve", "Search", "GetUpdated", "DescribeCvObject", "ValidateInvitee"];

    [Theory]
    [MemberData(nameof(ReadOnlyCalls))]
    public async Task UnknownTextElementsAndAttributes_AreSkipped_AndTheAnswerIsTheSame(string operation)
    {
        var body = ReadOnlyBody(operation);

        var clean = await Server.CallAsync(fixture.Token, operation, body);
        var noisy = await Server.PostSoap11Async(WithNoise(SoapEnvelopes.WithHeader(fixture.Token, body)), SoapEnvelopes.Action(operation));

        Assert.True(clean.Status == 200, clean.Body);
        Assert.Equal(clean.Body, noisy.Body);
    }

    private string ReadOnlyBody(string operation)
    {
        var conference = Server.Conference;
        var now = DateTimeOffset.UtcNow;
        return operation switch
        {
            "Retrieve" => ObjectCalls.Retrieve("Event", conference.Id),
            "Search" => ObjectCalls.Search("Session", "OrSearch",
                ObjectCalls.Filter("EventId", "Equals", conference.Id), ObjectCalls.Filter("EventId", "Includes", conference.Id, "00000000-0000-0000-0000-000000000001")),
            "GetUpdated" => ObjectCalls.Window("GetUpdated", "Registration", ObjectCalls.Gmt(now.AddDays(-1)), ObjectCalls.Gmt(now.AddMinutes(5))),
            "DescribeCvObject" => $"<DescribeCvObject xmlns=\"{ObjectCalls.Tns}\"><ObjectTypes xmlns=\"{ObjectCalls.S1}\"><CvObjectType>Event</CvObjectType><CvObjectType>Contact</CvObjectType></ObjectTypes></DescribeCvObject>",
            "ValidateInvitee" => $"<ValidateInvitee xmlns=\"{ObjectCalls.Tns}\"><ProductType>Event</ProductType><ProductID>{conference.Id}</ProductID><CheckPaidInFull>true</CheckPaidInFull>" +
                $"<CvInvitees><CvInvitee Id=\"{Invitee(0)}\" MessageId=\"a\"/><CvInvitee ConfirmationNumber=\"{conference.Invitees[1].ConfirmationNumber}\"/></CvInvitees></ValidateInvitee>",
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }

    [Fact]
    public async Task SessionRegAction_WithNoiseEverywhere_RegistersEveryItem()
    {
        var lounge = Server.Session("NET").Id;
        var envelope = SoapEnvelopes.SessionRegAction(fixture.Token, "Register", lounge, (Invitee(1), null, "n-1"), (Invitee(2), null, "n-2"));

        var reply = await Server.PostSoap11Async(WithNoise(envelope), SoapEnvelopes.Action("SessionRegAction"));

        Assert.True(reply.Status == 200, reply.Body);
        Assert.Equal([("n-1", true), ("n-2", true)], ItemResult.Parse(reply.Xml).Select(r => (r.ReferenceId, r.Success)));
        var again = await Server.SessionRegActionAsync(fixture.Token, "Unregister", lounge, (Invitee(1), null, null), (Invitee(2), null, null));
        Assert.All(again, r => Assert.True(r.Success));
    }

    [Fact]
    public async Task Login_WithNoiseEverywhere_Works()
    {
        var envelope = SoapEnvelopes.Login(Server.Manifest.AccountNumber, Server.Manifest.UserName, Server.Manifest.Password);

        var reply = await Server.PostSoap11Async(WithNoise(envelope), SoapEnvelopes.Action("Login"));

        Assert.Equal("true", (string?)reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("LoginSuccess"));
    }

    [Theory]
    [InlineData("<Id>A</Id>,<Id><Inner/></Id>")]
    [InlineData("<Id>A</Id>,<Id>B")]
    public async Task BrokenOrMixedContent_InsideAValue_IsStillRefused(string ids)
    {
        var body = $"<Retrieve xmlns=\"{ObjectCalls.Tns}\"><ObjectType>Event</ObjectType><Ids xmlns=\"{ObjectCalls.S1}\">{ids}</Ids></Retrieve>";

        var reply = await Server.CallAsync(fixture.Token, "Retrieve", body);

        Assert.Equal((500, "CV10001"), (reply.Status, reply.FaultCode));
    }

    /// <summary>
    /// The same request with what XmlSerializer skips added everywhere in the Body: text (commas) before, between and
    /// after child elements, an unknown element in a foreign namespace as the first child of every element that has
    /// children, and unknown attributes, unqualified and qualified, on every element.
    /// </summary>
    private static string WithNoise(string envelope)
    {
        var document = XDocument.Parse(envelope);
        var body = document.Root!.Elements().Single(e => e.Name.LocalName == "Body");
        foreach (var element in body.Descendants().ToList())
        {
            element.SetAttributeValue("UnknownAttribute", "ignored");
            element.SetAttributeValue(Noise + "flag", "1");
            var children = element.Elements().ToList();
            if (children.Count == 0)
            {
                continue;
            }

            foreach (var child in children)
            {
                child.AddAfterSelf(new XText(","));
            }

            element.AddFirst(new XText(", "), new XElement(Noise + "Extra", new XAttribute(XNamespace.Xmlns + "n", Noise), new XElement(Noise + "Deep", "text")));
        }

        body.AddFirst(new XText(","));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + document.ToString(SaveOptions.DisableFormatting);
    }
}
