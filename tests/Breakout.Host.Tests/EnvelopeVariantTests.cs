using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>What real client stacks send (shared/spec/clients.md §1 and §3): prefixes, header placement, actions.</summary>
public sealed class EnvelopeVariantTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private BreakoutServer Server => fixture.Server;

    private string Invitee(int index) => Server.AcceptedInvitees.ElementAt(200 + index).Id;

    private string Lounge => Server.Session("NET").Id;

    [Fact]
    public async Task PhpSoapClient_Soap11_WithSoapEnvAndNumberedPrefixes_Works()
    {
        var reply = await Server.PostSoap11Async($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="http://schemas.cvent.com/api/2006-11" xmlns:ns2="http://api.cvent.com/2006-11"><SOAP-ENV:Header><ns2:CventSessionHeader><ns2:CventSessionValue>{fixture.Token}</ns2:CventSessionValue></ns2:CventSessionHeader></SOAP-ENV:Header><SOAP-ENV:Body><ns2:SessionRegAction><ns2:CvInvitees SessionRegActionType="Register" ProductId="{Lounge}"><ns1:CvInvitee Id="{Invitee(0)}"/><ns1:CvInvitee Id="{Invitee(1)}"/></ns2:CvInvitees></ns2:SessionRegAction></SOAP-ENV:Body></SOAP-ENV:Envelope>
            """, "\"http://api.cvent.com/2006-11/SessionRegAction\"");

        Assert.Equal([true, true], ItemResult.Parse(reply.Xml).Select(r => r.Success));
        Assert.Contains($"<CventSessionValue>{fixture.Token}</CventSessionValue>", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Php_Soap12_ActionOnlyInContentType_Works()
    {
        var reply = await Server.PostSoap12Async($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:ns1="http://schemas.cvent.com/api/2006-11" xmlns:ns2="http://api.cvent.com/2006-11"><env:Header><ns2:CventSessionHeader><ns2:CventSessionValue>{fixture.Token}</ns2:CventSessionValue></ns2:CventSessionHeader></env:Header><env:Body><ns2:SessionRegAction><ns2:CvInvitees SessionRegActionType="Register" ProductId="{Lounge}"><ns1:CvInvitee Id="{Invitee(2)}"/></ns2:CvInvitees></ns2:SessionRegAction></env:Body></env:Envelope>
            """, "http://api.cvent.com/2006-11/SessionRegAction");

        Assert.Equal("application/soap+xml; charset=utf-8", reply.ContentType);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope", reply.Body, StringComparison.Ordinal);
        Assert.True(Assert.Single(ItemResult.Parse(reply.Xml)).Success);
    }

    [Fact]
    public async Task Zeep_PerElementNamespaceDeclarations_Work()
    {
        var reply = await Server.PostSoap11Async($"""
            <soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/"><soap-env:Header><ns0:CventSessionHeader xmlns:ns0="http://api.cvent.com/2006-11"><ns0:CventSessionValue>{fixture.Token}</ns0:CventSessionValue></ns0:CventSessionHeader></soap-env:Header><soap-env:Body><ns0:SessionRegAction xmlns:ns0="http://api.cvent.com/2006-11"><ns0:CvInvitees SessionRegActionType="Register" ProductId="{Lounge}"><ns1:CvInvitee xmlns:ns1="http://schemas.cvent.com/api/2006-11" Id="{Invitee(3)}" MessageId="z"/></ns0:CvInvitees></ns0:SessionRegAction></soap-env:Body></soap-env:Envelope>
            """, "\"http://api.cvent.com/2006-11/SessionRegAction\"");

        Assert.Equal(new ItemResult(Invitee(3), "z", true, null, null), Assert.Single(ItemResult.Parse(reply.Xml)));
    }

    [Fact]
    public async Task JaxWs_DefaultNamespaceS1OnWrapper_AndUnquotedAction_Work()
    {
        var reply = await Server.PostSoap11Async($"""
            <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Header><ns2:CventSessionHeader xmlns:ns2="http://api.cvent.com/2006-11" xmlns="http://schemas.cvent.com/api/2006-11"><ns2:CventSessionValue>{fixture.Token}</ns2:CventSessionValue></ns2:CventSessionHeader></S:Header><S:Body><ns2:SessionRegAction xmlns:ns2="http://api.cvent.com/2006-11" xmlns="http://schemas.cvent.com/api/2006-11"><ns2:CvInvitees SessionRegActionType="Register" ProductId="{Lounge}"><CvInvitee Id="{Invitee(4)}"/></ns2:CvInvitees></ns2:SessionRegAction></S:Body></S:Envelope>
            """, "http://api.cvent.com/2006-11/SessionRegAction");

        Assert.True(Assert.Single(ItemResult.Parse(reply.Xml)).Success);
    }

    [Fact]
    public async Task SessionHeaderInS1Namespace_WithUnknownAttributes_IsAccepted()
    {
        var reply = await Server.PostSoap11Async($"""
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header><CventSessionHeader xmlns="http://schemas.cvent.com/api/2006-11" soap:mustUnderstand="0" foo="bar"><CventSessionValue>{fixture.Token}</CventSessionValue></CventSessionHeader></soap:Header><soap:Body><SessionRegAction xmlns="http://api.cvent.com/2006-11"><CvInvitees SessionRegActionType="Register" ProductId="{Lounge}"><CvInvitee xmlns="http://schemas.cvent.com/api/2006-11" Id="{Invitee(5)}"/></CvInvitees></SessionRegAction></soap:Body></soap:Envelope>
            """, null);

        Assert.True(Assert.Single(ItemResult.Parse(reply.Xml)).Success);
    }

    [Fact]
    public async Task MissingHeader_CV10107()
    {
        var reply = await Server.PostSoap11Async(SoapEnvelopes.SessionRegAction(null, "Register", Lounge, (Invitee(6), null, null)), null);

        Assert.Equal((500, "CV10107", "UNKNOWN_HEADER_VALUE"), (reply.Status, reply.FaultCode, reply.FaultString));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task UnknownOrEmptyToken_IsRefused(string token)
    {
        var reply = await Server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Register", Lounge, (Invitee(6), null, null)), null);

        Assert.Equal(500, reply.Status);
        Assert.Equal(token.Length == 0 ? "CV10107" : "CV10104", reply.FaultCode);
    }

    [Fact]
    public async Task GarbledToken_Soap11Fault_HasCventShape()
    {
        var reply = await Server.PostSoap11Async(SoapEnvelopes.SessionRegAction("garbled", "Register", Lounge, (Invitee(6), null, null)), null);

        Assert.Equal($"""
            <?xml version="1.0" encoding="utf-8"?>
            <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
              <soap:Body>
                <soap:Fault>
                  <faultcode xmlns:q0="http://schemas.cvent.com/api/2006-11">q0:CV10104</faultcode>
                  <faultstring>INVALID_CVENT_HEADER_VALUE</faultstring>
                  <faultactor>{Server.Endpoint}</faultactor>
                  <detail>
                    <Main-Exception xmlns="http://schemas.cvent.com/api/2006-11">
                      <Exception-Code>CV10104</Exception-Code>
                      <Exception-Detail>The CventSessionHeader value is not a session issued by this server.</Exception-Detail>
                    </Main-Exception>
                  </detail>
                </soap:Fault>
              </soap:Body>
            </soap:Envelope>
            """.ReplaceLineEndings("\n"), reply.Body);
        Assert.Equal("text/xml; charset=utf-8", reply.ContentType);
    }

    [Fact]
    public async Task Soap12Fault_IsWrittenAsTheAsmxRuntimeWritesIt_WithCventsCodeAtTheTop()
    {
        var envelope = SoapEnvelopes.SessionRegAction("garbled", "Register", Lounge, (Invitee(6), null, null))
            .Replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope", StringComparison.Ordinal);
        var reply = await Server.PostSoap12Async(envelope);

        Assert.Equal(500, reply.Status);
        Assert.Equal("application/soap+xml; charset=utf-8", reply.ContentType);
        Assert.Equal($"""
            <?xml version="1.0" encoding="utf-8"?>
            <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://www.w3.org/2003/05/soap-envelope">
              <soap:Body>
                <soap:Fault>
                  <soap:Code>
                    <soap:Value xmlns:q0="http://schemas.cvent.com/api/2006-11">q0:CV10104</soap:Value>
                  </soap:Code>
                  <soap:Reason>
                    <soap:Text xml:lang="en">INVALID_CVENT_HEADER_VALUE</soap:Text>
                  </soap:Reason>
                  <soap:Node>{Server.Endpoint}</soap:Node>
                  <detail>
                    <Main-Exception xmlns="http://schemas.cvent.com/api/2006-11">
                      <Exception-Code>CV10104</Exception-Code>
                      <Exception-Detail>The CventSessionHeader value is not a session issued by this server.</Exception-Detail>
                    </Main-Exception>
                  </detail>
                </soap:Fault>
              </soap:Body>
            </soap:Envelope>
            """.ReplaceLineEndings("\n"), reply.Body);
        Assert.Equal("CV10104", reply.FaultCode);
    }

    [Fact]
    public async Task SoapActionContradictingTheBody_IsAClientFault()
    {
        var reply = await Server.PostSoap11Async(
            SoapEnvelopes.SessionRegAction(fixture.Token, "Register", Lounge, (Invitee(7), null, null)), "\"http://api.cvent.com/2006-11/Login\"");

        Assert.Equal((500, "BO10002"), (reply.Status, reply.FaultCode));
        Assert.Contains("does not match", reply.FaultDetail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/soap/V200611.ASMX")]
    [InlineData("/SOAP/V200611.ASMX?op=SessionRegAction")]
    [InlineData("/soap/v200611.asmx")]
    public async Task Path_IsCaseInsensitive_AndMayCarryAQuery(string path)
    {
        using var content = new StringContent(SoapEnvelopes.Login("BREAKOUTDEMO", "demo", "demo-password"), System.Text.Encoding.UTF8, "text/xml");
        using var response = await Server.Client.PostAsync(new Uri(new Uri(Server.Endpoint), path), content);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("LoginSuccess=\"true\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreThan200Items_CV20021_AndNothingChanges()
    {
        var items = Server.AcceptedInvitees.Skip(300).Take(201).Select(i => ((string?)i.Id, (string?)null, (string?)null)).ToArray();
        var reply = await Server.PostSoap11Async(SoapEnvelopes.SessionRegAction(fixture.Token, "Register", Lounge, items), null);

        Assert.Equal((500, "CV20021", "TOO_MANY_IDS_PROVIDED"), (reply.Status, reply.FaultCode, reply.FaultString));
        var first = Assert.Single(await Server.SessionRegActionAsync(fixture.Token, "Unregister", Lounge, items[0]));
        Assert.Equal("CV90106", first.ErrorCode);
    }

    [Fact]
    public async Task Exactly200Items_AreAccepted()
    {
        var items = Server.AcceptedInvitees.Skip(600).Take(200).Select(i => ((string?)i.Id, (string?)null, (string?)null)).ToArray();

        var results = await Server.SessionRegActionAsync(fixture.Token, "Register", Lounge, items);

        Assert.Equal(200, results.Count);
        Assert.All(results, r => Assert.True(r.Success));
    }

    [Fact]
    public async Task NoItems_CV20018()
    {
        var reply = await Server.PostSoap11Async(SoapEnvelopes.SessionRegAction(fixture.Token, "Register", Lounge), null);

        Assert.Equal((500, "CV20018", "NO_ID_PROVIDED"), (reply.Status, reply.FaultCode, reply.FaultString));
    }

    [Theory]
    [InlineData("Delete")]
    [InlineData("register")]
    public async Task InvalidActionType_IsAFault(string action)
    {
        var reply = await Server.PostSoap11Async(SoapEnvelopes.SessionRegAction(fixture.Token, action, Lounge, (Invitee(8), null, null)), null);

        Assert.Equal((500, "CV10001", "INVALID_SOAP_REQUEST"), (reply.Status, reply.FaultCode, reply.FaultString));
        Assert.Contains($"'{action}' is not valid", reply.FaultDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsupportedOperation_BO10001()
    {
        var reply = await Server.PostSoap11Async($"""
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header><CventSessionHeader xmlns="http://api.cvent.com/2006-11"><CventSessionValue>{fixture.Token}</CventSessionValue></CventSessionHeader></soap:Header>
            <soap:Body><CreateRFP xmlns="http://api.cvent.com/2006-11"/></soap:Body></soap:Envelope>
            """, null);

        Assert.Equal((500, "BO10001", "OPERATION_NOT_SUPPORTED"), (reply.Status, reply.FaultCode, reply.FaultString));
    }
}
