namespace Breakout.Testing;

/// <summary>A verification found a different number of calls than expected; the message lists the calls journaled.</summary>
public sealed class CventVerificationException : Exception
{
    public CventVerificationException()
    {
    }

    public CventVerificationException(string message)
        : base(message)
    {
    }

    public CventVerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
