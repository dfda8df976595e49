namespace Breakout.Bench;

/// <summary>The switches every bench server takes (<c>--bench-invitees N --bench-ids FILE</c>); the rest pass through.</summary>
public sealed record BenchArguments(int Invitees, string? IdsPath, bool Memory, IReadOnlyList<string> Rest)
{
    /// <summary>Takes the bench switches out of <paramref name="args"/>.</summary>
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var invitees = 0;
        string? ids = null;
        var memory = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--bench-invitees" when i + 1 < args.Count:
                    invitees = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--bench-ids" when i + 1 < args.Count:
                    ids = args[++i];
                    break;
                case "--memory":
                    memory = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new BenchArguments(invitees, ids, memory, rest);
    }
}
