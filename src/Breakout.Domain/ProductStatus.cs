namespace Breakout.Domain;

/// <summary>Cvent's <c>s1:ProductStatus</c>, the status of a session.</summary>
public enum ProductStatus
{
    OpenForRegistration,
    ClosedForRegistration,
    Cancelled,
}
