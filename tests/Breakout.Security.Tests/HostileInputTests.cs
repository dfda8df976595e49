namespace Breakout.Security.Tests;

/// <summary>The hostile-input catalogue: each request gets exactly its answer, and the server keeps serving.</summary>
public sealed class HostileInputTests(HostileServerFixture fixture) : IClassFixture<HostileServerFixture>
{
    public static TheoryData<string> Cases => [.. HostileCatalogue.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRequest_GetsItsExactAnswer_AndTheServerStillServesLogin(string name)
    {
        var hostile = HostileCatalogue.Find(name);

        var reply = await hostile.Build(fixture.Context).SendAsync(fixture.Server, TestContext.Current.CancellationToken);

        hostile.Expect.Check(reply);
        if (hostile.MustNotContain is { } secret)
        {
            Assert.DoesNotContain(secret, reply.Body, StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrEmpty(await fixture.Server.LoginAsync()));
    }

    [Fact]
    public void Catalogue_HasAtLeastFortyDistinctCases()
    {
        Assert.True(HostileCatalogue.All.Count >= 40);
        Assert.Equal(HostileCatalogue.All.Count, HostileCatalogue.All.Select(c => c.Name).Distinct().Count());
    }
}
