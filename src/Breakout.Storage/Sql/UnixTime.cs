namespace Breakout.Storage.Sql;

/// <summary>Times are stored as Unix milliseconds (UTC) in both stores, so statements and comparisons are shared.</summary>
public static class UnixTime
{
    public static long ToStored(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static object ToStored(DateTimeOffset? value) => value is { } v ? v.ToUnixTimeMilliseconds() : DBNull.Value;

    public static DateTimeOffset FromStored(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromStored(long? value) => value is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
