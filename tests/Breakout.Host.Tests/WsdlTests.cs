using System.Xml.Linq;
using Breakout.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>The served WSDL against Cvent's (read from ../shared/reference, never copied), over real HTTP.</summary>
public sealed class WsdlTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly XNamespace Tns = "http://api.cvent.com/2006-11";

    private static readonly Lazy<WsdlStructure> Reference = new(() => WsdlStructure.Load(SharedFiles.ReferenceWsdl));

    private BreakoutServer Server => fixture.Server;

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        var response = await Server.Client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private async Task<WsdlStructure> ServedAsync() => WsdlStructure.Parse((await GetAsync(Server.Endpoint + "?WSDL")).Body);

    [Theory]
    [InlineData("/soap/V200611.asmx?WSDL")]
    [InlineData("/soap/V200611.asmx?wsdl")]
    [InlineData("/SOAP/V200611.ASMX?WSDL")]
    [InlineData("/soap/v200611.asmx?Wsdl")]
    public async Task Get_WithWsdlQuery_AnyCase_ServesWsdlAddressedToThisServer(string path)
    {
        var (response, body) = await GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var wsdl = WsdlStructure.Parse(body);
        var service = wsdl.Document.Root!.Element(WsdlStructure.Wsdl + "service")!;
        Assert.Equal("V200611", (string?)service.Attribute("name"));
        var ports = service.Elements(WsdlStructure.Wsdl + "port").ToList();
        Assert.Equal(["V200611Soap", "V200611Soap12"], ports.Select(p => (string)p.Attribute("name")!));
        Assert.All(ports, p => Assert.Equal(Server.Endpoint, (string?)p.Elements().Single().Attribute("location")));
        Assert.Equal("http://schemas.xmlsoap.org/wsdl/soap/", ports[0].Elements().Single().Name.NamespaceName);
        Assert.Equal("http://schemas.xmlsoap.org/wsdl/soap12/", ports[1].Elements().Single().Name.NamespaceName);
    }

    [Fact]
    public async Task Wsdl_RootPrefixes_AndSchemaOrder_AreThoseOfAsmx()
    {
        var root = (await ServedAsync()).Document.Root!;

        Assert.Equal("http://api.cvent.com/2006-11", root.GetNamespaceOfPrefix("tns")?.NamespaceName);
        Assert.Equal("http://schemas.cvent.com/api/2006-11", root.GetNamespaceOfPrefix("s1")?.NamespaceName);
        foreach (var prefix in new[] { "soap", "soap12", "s", "wsdl", "http", "mime", "tm", "soapenc" })
        {
            Assert.NotNull(root.GetNamespaceOfPrefix(prefix));
        }

        var schemas = root.Descendants(WsdlStructure.Xs + "schema").Select(s => (string?)s.Attribute("targetNamespace")).ToList();
        Assert.Equal(["http://api.cvent.com/2006-11", "http://schemas.cvent.com/api/2006-11"], schemas);
        Assert.Equal(["V200611Soap", "V200611Soap12"], root.Elements(WsdlStructure.Wsdl + "binding").Select(b => (string)b.Attribute("name")!));
    }

    [Fact]
    public async Task Wsdl_DeclaresEveryOperationOfTheReferencePortType()
    {
        var served = await ServedAsync();

        var missing = Reference.Value.PortTypeOperations.Except(served.PortTypeOperations).ToList();
        Assert.Empty(missing);
        Assert.Equal(51, served.PortTypeOperations.Distinct().Count());
        Assert.Equal(51, Reference.Value.PortTypeOperations.Count);
        foreach (var binding in new[] { "V200611Soap", "V200611Soap12" })
        {
            Assert.All(Reference.Value.PortTypeOperations, op => Assert.NotNull(served.BindingOperation(binding, op)));
        }
    }

    [Fact]
    public async Task Wsdl_EverySchemaComponentMessageAndOperation_IsStructurallyIdenticalToTheReference_InTheReferenceOrder()
    {
        // The whole description, implemented operations or not: WSDL-driven stacks (Axis 1.4's WSDL2Java, svcutil)
        // generate from every operation, so a placeholder anywhere breaks the generated proxy.
        var served = await ServedAsync();
        var reference = Reference.Value;
        var differences = new List<string>();
        void Compare(string what, XElement? expected, XElement? actual)
        {
            var (e, a) = (WsdlStructure.Canonical(expected), WsdlStructure.Canonical(actual));
            if (e != a)
            {
                differences.Add($"{what}\n--- reference\n{e}--- served\n{a}");
            }
        }

        foreach (var (kind, name) in reference.SchemaComponents.Union(served.SchemaComponents))
        {
            Compare($"{kind} {name}", reference.Component(kind, name), served.Component(kind, name));
        }

        foreach (var message in reference.Messages.Union(served.Messages))
        {
            Compare("message " + message, reference.Message(message), served.Message(message));
        }

        foreach (var op in reference.PortTypeOperations.Union(served.PortTypeOperations))
        {
            Compare("portType operation " + op, reference.PortTypeOperation(op), served.PortTypeOperation(op));
            foreach (var binding in new[] { "V200611Soap", "V200611Soap12" })
            {
                Compare($"binding {binding} operation {op}", reference.BindingOperation(binding, op), served.BindingOperation(binding, op));
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(reference.SchemaComponents, served.SchemaComponents);
        Assert.Equal(reference.Messages, served.Messages);
        Assert.Equal(reference.PortTypeOperations, served.PortTypeOperations);
        foreach (var binding in new[] { "V200611Soap", "V200611Soap12" })
        {
            Assert.Equal(reference.BindingOperations(binding), served.BindingOperations(binding));
        }

        // Anything else (schema attributes, imports, binding and port elements) through the whole document but the
        // addresses, which name this server.
        Assert.Equal(WithoutAddresses(reference.Document), WithoutAddresses(served.Document));
    }

    [Fact]
    public async Task Wsdl_DeclaresNoOpenContent_EvenForOperationsNotImplemented()
    {
        var served = await ServedAsync();

        Assert.DoesNotContain(served.Document.Descendants(), e => e.Name == WsdlStructure.Xs + "any");
        var request = served.Component("element", Tns + "AddAdvancedLogic")!;
        Assert.Contains(request.Descendants(WsdlStructure.Xs + "element"), e => (string?)e.Attribute("name") == "advancedLogic");
    }

    [Fact]
    public async Task Wsdl_ServedObjectTypes_ComeFromTheObjectCatalogue()
    {
        // Retrieve answers CvObject with xsi:type; the served types' attributes are the catalogue's fields.
        var served = await ServedAsync();
        XNamespace s1 = "http://schemas.cvent.com/api/2006-11";
        foreach (var type in Breakout.Domain.Objects.CvObjectCatalogue.All)
        {
            var attributes = served.Component("complexType", s1 + type.Name)!.Descendants(WsdlStructure.Xs + "attribute")
                .Select(a => (string)a.Attribute("name")!);
            Assert.Equal(type.Fields.Select(f => f.Name), attributes);
        }
    }

    [Fact]
    public async Task Wsdl_EveryOperationButLogin_BindsTheSessionHeaderOnInputAndOutput()
    {
        var served = await ServedAsync();

        foreach (var op in served.PortTypeOperations)
        {
            foreach (var binding in new[] { "V200611Soap", "V200611Soap12" })
            {
                var operation = served.BindingOperation(binding, op)!;
                foreach (var direction in new[] { "input", "output" })
                {
                    var headers = operation.Element(WsdlStructure.Wsdl + direction)!.Elements().Where(e => e.Name.LocalName == "header").ToList();
                    Assert.Equal(op == "Login" ? 0 : 1, headers.Count);
                }

                var action = operation.Elements().Single(e => e.Name.LocalName == "operation").Attribute("soapAction")!.Value;
                Assert.Equal("http://api.cvent.com/2006-11/" + op, action);
            }
        }
    }

    [Fact]
    public async Task Wsdl_WithPublicUrlConfigured_AdvertisesThePublicUrl()
    {
        await using var server = await BreakoutServer.StartAsync(["--Breakout:PublicUrl=https://breakout.example.org"]);

        // The manifest names the public URL, which does not resolve here: ask the loopback address Kestrel bound.
        var bound = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient();
        var body = await client.GetStringAsync(bound + "/soap/V200611.asmx?WSDL", TestContext.Current.CancellationToken);

        var locations = XDocument.Parse(body).Descendants().Where(e => e.Name.LocalName == "address").Select(e => (string?)e.Attribute("location"));
        Assert.All(locations, l => Assert.Equal("https://breakout.example.org/soap/V200611.asmx", l));
    }

    private static string WithoutAddresses(XDocument document)
    {
        var copy = new XDocument(document);
        foreach (var address in copy.Descendants().Where(e => e.Name.LocalName == "address").ToList())
        {
            address.SetAttributeValue("location", null);
        }

        return WsdlStructure.Canonical(copy.Root);
    }
}
