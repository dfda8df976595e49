namespace Breakout.Security.Tests;

/// <summary>
/// One row of the tenant isolation matrix: an operation called by tenant B with one ID taken from tenant A.
/// <paramref name="Body"/> builds the operation element around the ID under test; <paramref name="ForeignId"/> picks
/// A's ID; the same body with a fresh unknown ID of the same kind is the comparison.
/// </summary>
/// <param name="Name">The row's name in test output.</param>
/// <param name="Operation">The V200611 operation (also its SOAPAction).</param>
/// <param name="IsConfirmationNumber">The ID is a confirmation number (else a GUID).</param>
/// <param name="IsIdempotencyKey">The ID is sent as the <c>Idempotency-Key</c> HTTP header, not in the body (docs/idempotency.md).</param>
internal sealed record IsolationCase(
    string Name,
    string Operation,
    Func<TenantIsolationFixture, string> ForeignId,
    Func<TenantIsolationFixture, string, string> Body,
    bool IsConfirmationNumber = false,
    bool IsIdempotencyKey = false)
{
    public override string ToString() => Name;
}
