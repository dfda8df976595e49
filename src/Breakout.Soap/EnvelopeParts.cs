using System.Text;

namespace Breakout.Soap;

/// <summary>
/// The constant bytes of a response envelope of one SOAP version, encoded once: everything
/// <see cref="EnvelopeWriter"/> would write around the body and the session value, byte for byte.
/// </summary>
internal sealed class EnvelopeParts
{
    private EnvelopeParts(string prefix, string ns)
    {
        Start = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            $"<{prefix}:Envelope xmlns:xsi=\"{SoapNamespaces.Xsi}\" xmlns:xsd=\"{SoapNamespaces.Xsd}\" xmlns:{prefix}=\"{ns}\">");
        HeaderStart = Encoding.UTF8.GetBytes(
            $"\n  <{prefix}:Header>\n    <CventSessionHeader xmlns=\"{SoapNamespaces.Tns}\">\n      <CventSessionValue>");
        HeaderEnd = Encoding.UTF8.GetBytes($"</CventSessionValue>\n    </CventSessionHeader>\n  </{prefix}:Header>");
        BodyStart = Encoding.UTF8.GetBytes($"\n  <{prefix}:Body>\n    ");
        End = Encoding.UTF8.GetBytes($"\n  </{prefix}:Body>\n</{prefix}:Envelope>");
    }

    public static EnvelopeParts Soap11 { get; } = new("soap", SoapNamespaces.Soap11);

    public static EnvelopeParts Soap12 { get; } = new("soap", SoapNamespaces.Soap12);

    /// <summary>
    /// The namespaces the envelope declares. A body written on its own that names one had to declare it again,
    /// which a body written inside the envelope would not have done.
    /// </summary>
    public static byte[][] Namespaces { get; } =
        [.. new[] { SoapNamespaces.Soap11, SoapNamespaces.Soap12, SoapNamespaces.Xsi, SoapNamespaces.Xsd }.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The XML declaration and the Envelope start tag with its namespace declarations.</summary>
    public byte[] Start { get; }

    /// <summary>The Header, CventSessionHeader and CventSessionValue start tags.</summary>
    public byte[] HeaderStart { get; }

    /// <summary>The end tags of the header.</summary>
    public byte[] HeaderEnd { get; }

    /// <summary>The Body start tag and the indentation of its first child.</summary>
    public byte[] BodyStart { get; }

    /// <summary>The Body and Envelope end tags.</summary>
    public byte[] End { get; }

    public static EnvelopeParts Of(SoapVersion version) => version == SoapVersion.Soap11 ? Soap11 : Soap12;
}
