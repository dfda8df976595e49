using System.Text;
using Breakout.TestSupport;
using static Breakout.Security.Tests.HostileEnvelopes;

namespace Breakout.Security.Tests;

internal static partial class HostileCatalogue
{
    /// <summary>
    /// Crashes the AFL++ fuzzer found (bench/fuzz), replayed byte for byte from bench/fuzz/regressions, plus their
    /// distilled shape. Each once made System.Xml throw ArgumentOutOfRangeException (an unexpected CV10000).
    /// </summary>
    private static IEnumerable<HostileCase> FuzzCases()
    {
        foreach (var invalid in new byte[] { 0xD3, 0xC1, 0xFF })
        {
            yield return new($"NonAsciiBytes_InXmlDeclaration_BeforeEncoding_AreRefused_{invalid:X2}",
                c => Bytes(Concat("<?xml version=\"1.0"u8.ToArray(), [.. Enumerable.Repeat(invalid, 400)], "\" encoding=\"utf-8\"?>"u8.ToArray(),
                    Utf8(Login11(c)[Login11(c).IndexOf("?>", StringComparison.Ordinal)..][2..]))),
                Expectation.Fault(Cv10001));
        }

        yield return new("NonAsciiLetter_InXmlDeclaration_IsRefused",
            c => Bytes(Utf8(Login11(c).Replace("version=\"1.0\"", "version=\"1.0é\"", StringComparison.Ordinal))), Expectation.Fault(Cv10001));
        yield return new("ProcessingInstructionNamedLikeXml_WithNonAscii_IsNotADeclaration",
            c => Bytes(Utf8("<?xml-stylesheet href=\"é\"?>" + Login11(c)[Login11(c).IndexOf("?>", StringComparison.Ordinal)..][2..])), Expectation.Login());

        foreach (var file in new[] { "crash-2026-11-26-xmldecl-d3.bin", "crash-2026-11-26-xmldecl-c1.bin" })
        {
            yield return new($"FuzzCrash_{file}_IsRefused", _ => FuzzInput(file), Expectation.Fault(Cv10001));
        }
    }

    /// <summary>A fuzzer input as the harness reads it: an optional first line <c>#content type</c>, then the body.</summary>
    private static RawRequest FuzzInput(string file)
    {
        var input = File.ReadAllBytes(Path.Combine(SharedFiles.RepositoryRoot, "bench", "fuzz", "regressions", file));
        if (input.Length == 0 || input[0] != (byte)'#')
        {
            return new RawRequest(input, ContentType: null);
        }

        var end = Array.IndexOf(input, (byte)'\n');
        return new RawRequest(input[(end + 1)..], Encoding.Latin1.GetString(input, 1, end - 1).Trim());
    }
}
