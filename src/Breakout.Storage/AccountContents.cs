namespace Breakout.Storage;

/// <summary>How many rows of each kind an account holds.</summary>
public sealed record AccountContents(long ApiUsers, long Events, long Sessions, long Contacts, long Invitees, long Guests, long ApiCalls)
{
    /// <summary>True when the account holds more than its API users: deleting it would lose data.</summary>
    public bool HasData => Events + Sessions + Contacts + Invitees + Guests + ApiCalls > 0;
}
