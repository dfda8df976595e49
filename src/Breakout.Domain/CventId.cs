using System.Diagnostics.CodeAnalysis;

namespace Breakout.Domain;

/// <summary>
/// A Cvent object identifier (invitee, guest, session, event, contact). Cvent sends and returns
/// these as GUID strings in upper case (for example <c>C85058EE-5847-4783-823E-1A2B3C4D5E6F</c>).
/// </summary>
public readonly record struct CventId(Guid Value)
{
    public static CventId New() => new(RandomGuid.Next());

    /// <summary>
    /// The ID a refused or injected item answers with: the wire form when <paramref name="id"/> is a GUID, else exactly
    /// what was sent, absent when empty.
    /// </summary>
    public static string? Echo(string? id) => TryParse(id, out var parsed) ? parsed.ToString() : string.IsNullOrEmpty(id) ? null : id;

    /// <summary>Parses a GUID in any of the usual forms (with or without braces and hyphens, any case).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CventId id)
    {
        if (text is not null && Guid.TryParse(text.AsSpan().Trim(), out var guid) && guid != Guid.Empty)
        {
            id = new CventId(guid);
            return true;
        }

        id = default;
        return false;
    }

    public static CventId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a valid ID.");

    /// <summary>The wire form: upper-case, hyphenated, no braces.</summary>
    public override string ToString() => Value.ToString("D").ToUpperInvariant();
}
