namespace Breakout.Domain.Events;

/// <summary>
/// One <c>s1:EventParameters</c> item as read from the wire: the <c>CvObject</c> attributes, the raw text of every
/// parameter attribute present (absent means "keep" for UpdateEventParameters) and its <c>CustomFieldDetail</c>s.
/// </summary>
public sealed record EventParameters(string? Id, string? MessageId, IReadOnlyDictionary<string, string> Values, IReadOnlyList<EventCustomFieldValue> CustomFields)
{
    /// <summary>
    /// The event code to give a created or copied event; null lets the store draw one from the new ID. The WSDL's
    /// <c>EventParameters</c> has no code, so SOAP calls never set it (import and tests do).
    /// </summary>
    public string? Code { get; init; }

    public string? Value(string name) => Values.GetValueOrDefault(name);
}
