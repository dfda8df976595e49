namespace Breakout.Soap.Operations;

/// <summary>An enumeration's names and their values, read once (<see cref="Enum.GetNames{TEnum}"/> copies them on every call).</summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<T>();

    /// <summary>The value of each name, in the order of the names.</summary>
    public static readonly T[] Values = Enum.GetValues<T>();

    /// <summary>The position of a name, compared exactly (ordinal, case-sensitive, as XmlSerializer reads enumerations), or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
