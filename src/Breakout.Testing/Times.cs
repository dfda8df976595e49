namespace Breakout.Testing;

/// <summary>How many calls a verification expects.</summary>
public sealed record Times(int Minimum, int Maximum)
{
    public static Times Never { get; } = new(0, 0);

    public static Times Once { get; } = new(1, 1);

    public static Times Exactly(int count) => new(count, count);

    public static Times AtLeast(int count) => new(count, int.MaxValue);

    public static Times AtMost(int count) => new(0, count);

    public bool Allows(int count) => count >= Minimum && count <= Maximum;

    public override string ToString() =>
        Minimum == Maximum ? $"exactly {Minimum}" : Maximum == int.MaxValue ? $"at least {Minimum}" : $"between {Minimum} and {Maximum}";
}
