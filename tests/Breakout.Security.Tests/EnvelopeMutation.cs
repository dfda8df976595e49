using System.Text;

namespace Breakout.Security.Tests;

/// <summary>
/// One edit to a valid envelope's bytes. Positions are raw numbers taken modulo the envelope's length when applied,
/// so the generator need not know the length and every value applies to every envelope.
/// </summary>
internal sealed record EnvelopeMutation(int Kind, int Position, int Length, int Other, byte[] Bytes)
{
    public const int Kinds = 6;

    private static readonly string[] Markup =
    [
        "<", ">", "/>", "</soap:Body>", "<soap:Body>", "<soap:Header>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&amp;",
        "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>", "\"", "'", "xmlns=\"urn:x\"", "xmlns:soap=\"urn:x\"", "xsi:nil=\"true\"",
        "<CvInvitee Id=\"x\"/>", "<?xml version=\"1.0\"?>", "\u00e9", "\uFEFF", "SessionRegActionType=\"Delete\"",
    ];

    private static readonly string[] Namespaces =
    [
        "http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope", "http://api.cvent.com/2006-11",
        "http://schemas.cvent.com/api/2006-11", "urn:evil", "",
    ];

    public byte[] Apply(byte[] input)
    {
        if (input.Length == 0)
        {
            return [.. Bytes];
        }

        var at = Position % input.Length;
        var length = Math.Min(Length, input.Length - at);
        var other = Other % input.Length;
        return Kind switch
        {
            0 => [.. input[..at], .. input[(at + length)..]],
            1 => [.. input[..(at + length)], .. input[at..(at + length)], .. input[(at + length)..]],
            2 => Swap(input, at, other, length),
            3 => [.. input[..at], .. Bytes, .. input[at..]],
            4 => [.. input[..at], .. Encoding.UTF8.GetBytes(Markup[Other % Markup.Length]), .. input[at..]],
            _ => ChangeNamespace(input),
        };
    }

    private static byte[] Swap(byte[] input, int first, int second, int length)
    {
        var (a, b) = first <= second ? (first, second) : (second, first);
        var lengthA = Math.Min(length, b - a);
        var lengthB = Math.Min(length, input.Length - b);
        return [.. input[..a], .. input[b..(b + lengthB)], .. input[(a + lengthA)..b], .. input[a..(a + lengthA)], .. input[(b + lengthB)..]];
    }

    private byte[] ChangeNamespace(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var from = Namespaces[Position % (Namespaces.Length - 1)];
        var to = Namespaces[Other % Namespaces.Length];
        var index = text.IndexOf(from, StringComparison.Ordinal);
        return index < 0 ? input : Encoding.UTF8.GetBytes(text[..index] + to + text[(index + from.Length)..]);
    }

    public override string ToString() => $"{Kind}@{Position}+{Length}/{Other}:{Convert.ToHexString(Bytes)}";
}
