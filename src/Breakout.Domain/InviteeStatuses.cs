namespace Breakout.Domain;

/// <summary>Wire names of <see cref="InviteeStatus"/> exactly as the V200611 WSDL spells them.</summary>
public static class InviteeStatuses
{
    private static readonly string[] Names =
        ["No Response", "Accepted", "Declined", "Visited", "Waitlisted", "Cancelled", "Pending Approval", "Denied Approval"];

    public static string ToWire(this InviteeStatus status) => Names[(int)status];

    public static bool TryParse(string? text, out InviteeStatus status)
    {
        var index = Array.FindIndex(Names, n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        status = index < 0 ? default : (InviteeStatus)index;
        return index >= 0;
    }
}
