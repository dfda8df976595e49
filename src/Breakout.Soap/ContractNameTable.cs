using System.Xml;
using Breakout.Soap.Operations;

namespace Breakout.Soap;

/// <summary>
/// The name table of one request's <see cref="XmlReader"/>: the names every request repeats (the SOAP and contract
/// namespaces, the envelope's and the operations' element names, common prefixes) come from one table shared by all
/// readers, filled once and only read after, so a request does not allocate and hash them again; any other name goes
/// to a table of the request's own, made when the first one is met. A name is atomized to one string either way, as
/// <see cref="XmlNameTable"/> requires, and the shared table never grows with what clients send.
/// </summary>
internal sealed class ContractNameTable : XmlNameTable
{
    private static readonly NameTable Known = Fill();

    private NameTable? own;

    public override string Add(char[] array, int offset, int length) =>
        Known.Get(array, offset, length) ?? (own ??= new NameTable()).Add(array, offset, length);

    public override string Add(string array) => Known.Get(array) ?? (own ??= new NameTable()).Add(array);

    public override string? Get(char[] array, int offset, int length) => Known.Get(array, offset, length) ?? own?.Get(array, offset, length);

    public override string? Get(string array) => Known.Get(array) ?? own?.Get(array);

    private static NameTable Fill()
    {
        var table = new NameTable();
        string[] names =
        [
            "", "xml", "xmlns", "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns/",
            SoapNamespaces.Soap11, SoapNamespaces.Soap12, SoapNamespaces.Tns, SoapNamespaces.S1, SoapNamespaces.Xsi, SoapNamespaces.Xsd,
            "soap", "soap12", "soapenv", "SOAP-ENV", "s", "env", "xsi", "xsd", "tns", "s1", "ns1", "ns2", "q1", "nil", "type",
            "Envelope", "Header", "Body", "CventSessionHeader", "CventSessionValue",
            "CvInvitees", "CvInvitee", "SessionRegActionType", "ProductId", "Id", "MessageId", "ConfirmationNumber",
            "CvObjects", "CvObject", "ObjectType", "Ids", "CvSearchObject", "Filter", "Field", "Operator", "Value",
        ];
        foreach (var name in names.Concat(OperationCatalogue.AllOperationNames))
        {
            table.Add(name);
        }

        return table;
    }
}
