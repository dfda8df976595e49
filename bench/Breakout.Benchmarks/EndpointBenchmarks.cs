using BenchmarkDotNet.Attributes;
using Breakout.Domain.Access;
using Breakout.Soap;
using Breakout.Soap.Operations;
using Microsoft.Extensions.Logging.Abstractions;

namespace Breakout.Benchmarks;

/// <summary>
/// A whole SessionRegAction call through <see cref="SoapEndpoint"/> (read, authenticate, apply, write) on the
/// in-memory store of <c>bench/run</c>'s protocol-only target: one Register and one Unregister per invocation.
/// </summary>
[MemoryDiagnoser]
public class EndpointBenchmarks
{
    private BenchFixture fixture = null!;
    private SoapEndpoint endpoint = null!;
    private SoapHttpRequest register = null!;
    private SoapHttpRequest unregister = null!;

    [Params(1, 200)]
    public int Items { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        fixture = await BenchFixture.CreateAsync("memory");
        var store = fixture.Store;
        endpoint = new SoapEndpoint(
            new OperationCatalogue([new SessionRegActionOperation(store)]),
            new SessionAuthenticator(store, TimeProvider.System, new ApiQuota(), new ApiCallCounter(store)),
            new SoapEndpointOptions(),
            NullLogger<SoapEndpoint>.Instance);
        var items = BenchFixture.Items(0, Items);
        register = Request(BenchFixture.Envelope(fixture.Token, "Register", items));
        unregister = Request(BenchFixture.Envelope(fixture.Token, "Unregister", items));
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await fixture.DisposeAsync();

    /// <summary>Per call: a Register and the Unregister that undoes it, so every invocation sees the same state.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public async Task<int> SessionRegAction()
    {
        var first = await endpoint.HandleAsync(register, CancellationToken.None);
        var second = await endpoint.HandleAsync(unregister, CancellationToken.None);
        return first.StatusCode + second.StatusCode;
    }

    private static SoapHttpRequest Request(byte[] body) =>
        new(body, "text/xml; charset=utf-8", "\"http://api.cvent.com/2006-11/SessionRegAction\"", BenchFixture.Client, BenchFixture.Endpoint);
}
