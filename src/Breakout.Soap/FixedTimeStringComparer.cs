using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Breakout.Soap;

/// <summary>
/// Ordinal string equality in constant time for strings of equal length, for dictionaries keyed by secrets (session
/// token values): a lookup never compares a presented value with a stored one in a way whose timing depends on how
/// much of them matches. Hash codes are the runtime's randomized ones.
/// </summary>
internal sealed class FixedTimeStringComparer : IEqualityComparer<string>
{
    public static FixedTimeStringComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) =>
        x is not null && y is not null && x.Length == y.Length
        && CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(x.AsSpan()), MemoryMarshal.AsBytes(y.AsSpan()));

    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(obj);
}
