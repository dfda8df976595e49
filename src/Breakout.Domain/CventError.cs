namespace Breakout.Domain;

/// <summary>An error as Cvent reports it: a code such as <c>CV90105</c> and its catalogue text.</summary>
public sealed record CventError(string Code, string Description, string FaultName = "")
{
    /// <summary>The same code with a more specific description (for example naming the bad value).</summary>
    public CventError WithDescription(string description) => this with { Description = description };
}
