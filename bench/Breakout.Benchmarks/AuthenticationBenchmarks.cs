using BenchmarkDotNet.Attributes;
using Breakout.Domain.Access;
using Breakout.Soap;

namespace Breakout.Benchmarks;

/// <summary>
/// Checking a <c>CventSessionHeader</c> value (<see cref="SessionAuthenticator"/>): hash, token lookup, expiry, user
/// and IP allow-list, on the in-memory store and on SQLite.
/// </summary>
[MemoryDiagnoser]
public class AuthenticationBenchmarks
{
    private BenchFixture fixture = null!;
    private SessionAuthenticator authenticator = null!;

    [Params("memory", "sqlite")]
    public string Store { get; set; } = "memory";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        fixture = await BenchFixture.CreateAsync(Store);
        authenticator = new SessionAuthenticator(fixture.Store, TimeProvider.System, new ApiQuota(), new ApiCallCounter(fixture.Store));
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await fixture.DisposeAsync();

    [Benchmark]
    public async Task<long> Authenticate() =>
        (await authenticator.AuthenticateAsync(fixture.Token, BenchFixture.Client, null, CancellationToken.None)).ApiUserKey;
}
