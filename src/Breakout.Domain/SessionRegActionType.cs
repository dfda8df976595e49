namespace Breakout.Domain;

/// <summary>Cvent's <c>s1:SessionRegActionType</c>.</summary>
public enum SessionRegActionType
{
    Register,
    Unregister,
}
