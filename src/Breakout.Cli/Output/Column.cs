namespace Breakout.Cli.Output;

/// <summary>
/// One column of a listing: <paramref name="Key"/> names it in CSV headers and JSON properties, <paramref name="Title"/>
/// in the table, which leaves it out when <paramref name="InTable"/> is false (long IDs that scripts want and people don't).
/// </summary>
internal sealed record Column(string Key, string Title, bool InTable = true);
