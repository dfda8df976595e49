using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// Writes the WSDL 1.1 document of V200611 from the operation contracts, in the shape ASMX gives it: the root
/// declares <c>tns</c> and <c>s1</c> (node-soap copies root prefixes onto its envelopes), the tns schema comes first
/// (gosoap and zeep number schemas by position), the SOAP 1.1 binding and port come first (gosoap and zeep's default
/// <c>client.service</c> take the first).
/// </summary>
public static class WsdlWriter
{
    private const string WsdlNs = "http://schemas.xmlsoap.org/wsdl/";
    private const string Soap11Binding = "http://schemas.xmlsoap.org/wsdl/soap/";
    private const string Soap12Binding = "http://schemas.xmlsoap.org/wsdl/soap12/";
    private const string HttpTransport = "http://schemas.xmlsoap.org/soap/http";
    private const string Service = "V200611";
    private const string PortType = "V200611Soap";

    private static readonly (string Prefix, string Uri)[] RootPrefixes =
    [
        ("tm", "http://microsoft.com/wsdl/mime/textMatching/"),
        ("soapenc", "http://schemas.xmlsoap.org/soap/encoding/"),
        ("mime", "http://schemas.xmlsoap.org/wsdl/mime/"),
        ("tns", SoapNamespaces.Tns),
        ("soap", Soap11Binding),
        ("s1", SoapNamespaces.S1),
        ("s", SoapNamespaces.Xsd),
        ("soap12", Soap12Binding),
        ("http", "http://schemas.xmlsoap.org/wsdl/http/"),
    ];

    /// <summary>The WSDL as UTF-8 bytes: every operation in portType order, both ports at <paramref name="endpointUrl"/>.</summary>
    public static byte[] Write(string endpointUrl)
    {
        var list = OperationContracts.All.ToList();
        var index = OperationContracts.Schema;
        var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  " }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("wsdl", "definitions", WsdlNs);
            foreach (var (prefix, uri) in RootPrefixes)
            {
                w.WriteAttributeString("xmlns", prefix, null, uri);
            }

            w.WriteAttributeString("targetNamespace", SoapNamespaces.Tns);
            w.WriteStartElement("types", WsdlNs);
            WriteSchema(w, index, OperationContracts.Tns, import: OperationContracts.S1);
            WriteSchema(w, index, OperationContracts.S1, import: null);
            w.WriteEndElement();

            WriteMessages(w, list);
            WritePortType(w, list);
            WriteBinding(w, list, PortType, Soap11Binding);
            WriteBinding(w, list, PortType + "12", Soap12Binding);

            w.WriteStartElement("service", WsdlNs);
            w.WriteAttributeString("name", Service);
            WritePort(w, PortType, Soap11Binding, endpointUrl);
            WritePort(w, PortType + "12", Soap12Binding, endpointUrl);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static string Q(XName name)
    {
        var ns = name.NamespaceName;
        var prefix = ns == SoapNamespaces.Tns ? "tns" : ns == SoapNamespaces.S1 ? "s1" : ns == SoapNamespaces.Xsd ? "s"
            : throw new ArgumentException($"No prefix for {ns}.", nameof(name));
        return prefix + ":" + name.LocalName;
    }

    private static void WriteSchema(XmlWriter w, SchemaIndex index, XNamespace target, XNamespace? import)
    {
        w.WriteStartElement("s", "schema", SoapNamespaces.Xsd);
        w.WriteAttributeString("elementFormDefault", "qualified");
        w.WriteAttributeString("targetNamespace", target.NamespaceName);
        if (import is not null)
        {
            w.WriteStartElement("s", "import", SoapNamespaces.Xsd);
            w.WriteAttributeString("namespace", import.NamespaceName);
            w.WriteEndElement();
        }

        foreach (var declaration in index.DeclarationsOf(target))
        {
            switch (declaration)
            {
                case XsdElement element:
                    w.WriteStartElement("s", "element", SoapNamespaces.Xsd);
                    w.WriteAttributeString("name", element.Name.LocalName);
                    if (element.Type is { } type)
                    {
                        w.WriteAttributeString("type", Q(type));
                    }
                    else if (element.Anonymous is { } anonymous)
                    {
                        WriteComplexType(w, anonymous);
                    }

                    w.WriteEndElement();
                    break;
                case XsdComplexType complex:
                    WriteComplexType(w, complex);
                    break;
                case XsdEnumType enumeration:
                    w.WriteStartElement("s", "simpleType", SoapNamespaces.Xsd);
                    w.WriteAttributeString("name", enumeration.Name!.LocalName);
                    w.WriteStartElement("s", "restriction", SoapNamespaces.Xsd);
                    w.WriteAttributeString("base", "s:string");
                    foreach (var value in enumeration.Values)
                    {
                        w.WriteStartElement("s", "enumeration", SoapNamespaces.Xsd);
                        w.WriteAttributeString("value", value);
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                    w.WriteEndElement();
                    break;
            }
        }

        w.WriteEndElement();
    }

    private static void WriteComplexType(XmlWriter w, XsdComplexType type)
    {
        w.WriteStartElement("s", "complexType", SoapNamespaces.Xsd);
        if (type.Name is { } name)
        {
            w.WriteAttributeString("name", name.LocalName);
        }

        if (type.Extends is { } baseType)
        {
            w.WriteStartElement("s", "complexContent", SoapNamespaces.Xsd);
            w.WriteAttributeString("mixed", "false");
            w.WriteStartElement("s", "extension", SoapNamespaces.Xsd);
            w.WriteAttributeString("base", Q(baseType));
            WriteContent(w, type);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        else
        {
            WriteContent(w, type);
        }

        w.WriteEndElement();
    }

    private static void WriteContent(XmlWriter w, XsdComplexType type)
    {
        if (type.Sequence.Count > 0)
        {
            w.WriteStartElement("s", "sequence", SoapNamespaces.Xsd);
            foreach (var particle in type.Sequence)
            {
                w.WriteStartElement("s", "element", SoapNamespaces.Xsd);
                w.WriteAttributeString("minOccurs", particle.MinOccurs.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteAttributeString("maxOccurs", particle.MaxOccurs?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unbounded");
                if (particle.Ref is { } reference)
                {
                    w.WriteAttributeString("ref", Q(reference));
                }
                else
                {
                    w.WriteAttributeString("name", particle.Name);
                    if (particle.Nillable)
                    {
                        w.WriteAttributeString("nillable", "true");
                    }

                    w.WriteAttributeString("type", Q(particle.Type!));
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        foreach (var attribute in type.Attributes)
        {
            w.WriteStartElement("s", "attribute", SoapNamespaces.Xsd);
            if (attribute.Default is not null)
            {
                w.WriteAttributeString("default", attribute.Default);
            }

            w.WriteAttributeString("name", attribute.Name);
            w.WriteAttributeString("type", Q(attribute.Type));
            if (attribute.Required)
            {
                w.WriteAttributeString("use", "required");
            }

            w.WriteEndElement();
        }

        if (type.AnyAttribute)
        {
            w.WriteStartElement("s", "anyAttribute", SoapNamespaces.Xsd);
            w.WriteEndElement();
        }
    }

    private static void WriteMessages(XmlWriter w, List<OperationContract> contracts)
    {
        foreach (var contract in contracts)
        {
            WriteMessage(w, contract.Name + "SoapIn", "parameters", contract.Request.Name);
            WriteMessage(w, contract.Name + "SoapOut", "parameters", contract.Response.Name);
            if (contract.UsesSessionHeader)
            {
                WriteMessage(w, contract.Name + "CventSessionHeader", "CventSessionHeader", OperationContracts.SessionHeaderElement.Name);
            }
        }
    }

    private static void WriteMessage(XmlWriter w, string name, string part, XName element)
    {
        w.WriteStartElement("message", WsdlNs);
        w.WriteAttributeString("name", name);
        w.WriteStartElement("part", WsdlNs);
        w.WriteAttributeString("name", part);
        w.WriteAttributeString("element", Q(element));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WritePortType(XmlWriter w, List<OperationContract> contracts)
    {
        w.WriteStartElement("portType", WsdlNs);
        w.WriteAttributeString("name", PortType);
        foreach (var contract in contracts)
        {
            w.WriteStartElement("operation", WsdlNs);
            w.WriteAttributeString("name", contract.Name);
            w.WriteStartElement("input", WsdlNs);
            w.WriteAttributeString("message", "tns:" + contract.Name + "SoapIn");
            w.WriteEndElement();
            w.WriteStartElement("output", WsdlNs);
            w.WriteAttributeString("message", "tns:" + contract.Name + "SoapOut");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteBinding(XmlWriter w, List<OperationContract> contracts, string name, string soapNs)
    {
        w.WriteStartElement("binding", WsdlNs);
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("type", "tns:" + PortType);
        w.WriteStartElement("binding", soapNs);
        w.WriteAttributeString("transport", HttpTransport);
        w.WriteEndElement();
        foreach (var contract in contracts)
        {
            w.WriteStartElement("operation", WsdlNs);
            w.WriteAttributeString("name", contract.Name);
            w.WriteStartElement("operation", soapNs);
            w.WriteAttributeString("soapAction", SoapNamespaces.ActionOf(contract.Name));
            w.WriteAttributeString("style", "document");
            w.WriteEndElement();
            foreach (var direction in (string[])["input", "output"])
            {
                w.WriteStartElement(direction, WsdlNs);
                w.WriteStartElement("body", soapNs);
                w.WriteAttributeString("use", "literal");
                w.WriteEndElement();
                if (contract.UsesSessionHeader)
                {
                    w.WriteStartElement("header", soapNs);
                    w.WriteAttributeString("message", "tns:" + contract.Name + "CventSessionHeader");
                    w.WriteAttributeString("part", "CventSessionHeader");
                    w.WriteAttributeString("use", "literal");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WritePort(XmlWriter w, string name, string soapNs, string endpointUrl)
    {
        w.WriteStartElement("port", WsdlNs);
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("binding", "tns:" + name);
        w.WriteStartElement("address", soapNs);
        w.WriteAttributeString("location", endpointUrl);
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
