using Breakout.TestSupport;

namespace Breakout.Host.Tests.Contacts;

/// <summary>One item of a contact call's answer.</summary>
public sealed record ContactResult(string? Id, string? ReferenceId, string? SourceId, bool Success, string? NewContact, string? Code, string? Description)
{
    public static IReadOnlyList<ContactResult> Parse(SoapReply reply, string operation)
    {
        var s1 = SoapEnvelopes.S1;
        var name = s1 + (operation + "Result");
        return [.. reply.Xml.Descendants(name).Where(e => e.Parent?.Name == name).Select(e => new ContactResult(
            (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("SourceId"), (string?)e.Attribute("Success") == "true",
            (string?)e.Attribute("NewContact"), (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Code"),
            (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Description")))];
    }
}
