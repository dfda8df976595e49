using System.Xml;
using BenchmarkDotNet.Attributes;
using Breakout.Bench;
using Breakout.Domain;
using Breakout.Soap;
using Breakout.Soap.Operations;

namespace Breakout.Benchmarks;

/// <summary>The protocol alone: reading a SessionRegAction request and writing its response, no store involved.</summary>
[MemoryDiagnoser]
public class EnvelopeBenchmarks
{
    private readonly XmlReaderSettings settings = EnvelopeReader.Settings(new SoapEndpointOptions().MaxRequestBytes);
    private readonly string token = Domain.Access.SessionToken.Create();
    private OperationCatalogue catalogue = null!;
    private byte[] request = [];
    private SessionRegItemResult[] results = [];

    [Params(1, 200)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalogue = new OperationCatalogue([new SessionRegActionOperation(InMemoryStoreProxy.Create(TimeProvider.System))]);
        var items = BenchFixture.Items(0, Items);
        request = BenchFixture.Envelope(token, "Register", items);
        results = [.. items.Select(i => new SessionRegItemResult(i.Id, i.MessageId, RegistrationOutcome.Registered, null))];
    }

    [Benchmark]
    public object ReadRequest()
    {
        var version = SoapVersion.Soap11;
        return EnvelopeReader.Read(request, settings, catalogue, SoapVersion.Soap11, ref version);
    }

    [Benchmark]
    public int WriteResponse() =>
        EnvelopeWriter.Write(SoapVersion.Soap11, token, writer =>
            ResultArrayWriter.Write(writer, "SessionRegAction", results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)))).Length;
}
