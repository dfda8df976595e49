namespace Breakout.Domain;

/// <summary>Call limits of SessionRegAction (developers.cvent.com: "no more than 200" invitees or guests).</summary>
public static class SessionRegLimits
{
    public const int MaxItemsPerCall = 200;

    /// <summary>The whole-call error for an item count, or null when the count is acceptable.</summary>
    public static CventError? CheckItemCount(int count) => count switch
    {
        0 => CventErrors.NoIdProvided,
        > MaxItemsPerCall => CventErrors.TooManyIdsProvided,
        _ => null,
    };
}
