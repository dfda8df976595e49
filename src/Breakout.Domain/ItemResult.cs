namespace Breakout.Domain;

/// <summary>The per-item answer of a batch call (<c>Id</c>, <c>ReferenceId</c>, <c>Success</c>, <c>Errors</c>).</summary>
/// <param name="Warning">The item succeeded, and <paramref name="Error"/> reports something the caller should know.</param>
public sealed record ItemResult(string? Id, string? ReferenceId, CventError? Error, bool Warning = false)
{
    public bool Success => Error is null || Warning;
}
