namespace Breakout.Domain.Events;

/// <summary>Cvent's <c>s1:ActivityType</c> (TransferInvitee). Breakout has events only.</summary>
public enum ActivityType
{
    Event,
    Survey,
    Campaigns,
}
