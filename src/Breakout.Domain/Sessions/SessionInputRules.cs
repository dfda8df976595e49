namespace Breakout.Domain.Sessions;

/// <summary>
/// Validation of CreateSession/UpdateSession items (developers.cvent.com, CreateSession: ProductType, if given, must
/// denote a session; StartTime before EndTime; over-long strings are truncated).
/// </summary>
public static class SessionInputRules
{
    /// <summary>Longest stored text value; longer values are truncated, as Cvent does.</summary>
    public const int MaxTextLength = 255;

    public static CventError? Validate(SessionInput input, DateTimeOffset? currentStart, DateTimeOffset? currentEnd)
    {
        if (input.InvalidValue is { } invalid)
        {
            return CventErrors.InvalidSessionValue.WithDescription(invalid);
        }

        if (input.ProductType is { } type && type != "Session")
        {
            return CventErrors.InvalidProductType;
        }

        if (input.Capacity < -1 || input.WaitlistCapacity < -1)
        {
            return CventErrors.InvalidSessionValue.WithDescription("Capacity and WaitlistCapacity must be -1 (unlimited) or more.");
        }

        var start = input.StartTime ?? currentStart;
        var end = input.EndTime ?? currentEnd;
        return start is { } s && end is { } e && s >= e ? CventErrors.StartAfterEnd : null;
    }

    public static string? Truncate(string? value) => value is { Length: > MaxTextLength } ? value[..MaxTextLength] : value;
}
