namespace Breakout.Domain.Events;

/// <summary>The XML Schema type of an <c>EventParameters</c> attribute.</summary>
public enum EventParameterKind
{
    Text,
    Date,
    Integer,
}
