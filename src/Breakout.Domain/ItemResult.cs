namespace Breakout.Domain;

/// <summary>The per-item answer of a batch call (<c>Id</c>, <c>ReferenceId</c>, <c>Success</c>, <c>Errors</c>).</summary>
public sealed record ItemResult(string? Id, string? ReferenceId, CventError? Error)
{
    public bool Success => Error is null;
}
