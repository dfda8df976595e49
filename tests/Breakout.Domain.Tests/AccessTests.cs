using System.Net;
using Breakout.Domain.Access;

namespace Breakout.Domain.Tests;

public sealed class AccessTests
{
    [Fact]
    public void PasswordHash_VerifiesOnlyTheRightPassword_AndIsSalted()
    {
        var first = PasswordHash.Create("s3cret", 1000);
        var second = PasswordHash.Create("s3cret", 1000);

        Assert.True(PasswordHash.Verify("s3cret", first));
        Assert.False(PasswordHash.Verify("s3cret ", first));
        Assert.NotEqual(first, second);
        Assert.StartsWith("pbkdf2-sha256$1000$", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$10$!!!$AAAA")]
    public void PasswordHash_RejectsMalformedStoredValues(string stored) => Assert.False(PasswordHash.Verify("anything", stored));

    [Fact]
    public void SessionToken_IsLongRandomUrlSafe_AndHashedForStorage()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => SessionToken.Create()).ToList();

        Assert.Equal(100, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.Equal(64, SessionToken.Hash(tokens[0]).Length);
        Assert.NotEqual(tokens[0], SessionToken.Hash(tokens[0]));
    }

    [Theory]
    [InlineData("", "203.0.113.9", true)]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "127.0.0.2", false)]
    [InlineData("10.0.0.0/8, 192.168.1.5", "10.200.3.4", true)]
    [InlineData("10.0.0.0/8, 192.168.1.5", "192.168.1.6", false)]
    [InlineData("10.0.0.0/8", "::ffff:10.1.1.1", true)]
    [InlineData("2001:db8::/32", "2001:db8::1", true)]
    public void IpAllowList_Allows(string list, string address, bool allowed) =>
        Assert.Equal(allowed, IpAllowList.Parse(list).Allows(IPAddress.Parse(address)));

    [Fact]
    public void IpAllowList_RejectsGarbage()
    {
        Assert.False(IpAllowList.TryParse("10.0.0.0/8, not-an-ip", out _, out var error));
        Assert.Contains("not-an-ip", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c85058ee-5847-4783-823e-1a2b3c4d5e6f", "C85058EE-5847-4783-823E-1A2B3C4D5E6F")]
    [InlineData("{C85058EE-5847-4783-823E-1A2B3C4D5E6F}", "C85058EE-5847-4783-823E-1A2B3C4D5E6F")]
    [InlineData(" C85058EE58474783823E1A2B3C4D5E6F ", "C85058EE-5847-4783-823E-1A2B3C4D5E6F")]
    public void CventId_ParsesUsualForms_AndPrintsUpperCase(string text, string wire)
    {
        Assert.True(CventId.TryParse(text, out var id));
        Assert.Equal(wire, id.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("C85058EE-5847-4783-823E")]
    public void CventId_RejectsEmptyAndMalformed(string? text) => Assert.False(CventId.TryParse(text, out _));
}
