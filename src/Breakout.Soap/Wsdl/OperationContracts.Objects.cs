using System.Xml.Linq;
using Breakout.Domain.Objects;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// The declarations Breakout serves from its own catalogue rather than lists: the object types Retrieve answers with
/// (a client decoding <c>xsi:type="Registration"</c> finds the type in the served WSDL), the detail types with a
/// descriptor, and the enumerations the domain defines. The attributes come from the catalogue's descriptors (which a
/// test holds against Cvent's WSDL); what the descriptors do not say (enumerated types, schema defaults, the detail
/// sequence) is listed here.
/// </summary>
public static partial class OperationContracts
{
    private static readonly Lazy<Dictionary<string, XsdType>> ServedTypes = new(() => ServedDeclarations().ToDictionary(t => t.Name!.LocalName));

    /// <summary>The s1 type <paramref name="name"/> as the catalogue or the domain defines it.</summary>
    private static XsdType Served(string name) => ServedTypes.Value[name];

    private static IEnumerable<XsdType> ServedDeclarations()
    {
        // The detail elements of each type's sequence, all of them, filled or not.
        var sequences = new Dictionary<CvObjectType, string[]>
        {
            [CvObjectType.Contact] = ["CustomFieldDetail", "ContactGroupDetail", "DistributionListDetail"],
            [CvObjectType.Event] = ["ProductDetail", "CustomFieldDetail", "WeblinkDetail", "DocumentDetail", "TargetListDetail"],
            [CvObjectType.Invitee] = ["InternalInfoDetail", "RegretSurveyDetail", "WeblinkDetail"],
            [CvObjectType.Registration] = ["EventSurveyDetail", "GuestDetail", "OrderDetail", "PaymentDetail"],
            [CvObjectType.Guest] = ["CustomFieldDetail"],
            [CvObjectType.Session] = ["CustomFieldDetail"],
        };
        // The first six types are declared here whole; every later one through FromCatalogue.
        foreach (var descriptor in CvObjectCatalogue.All.Where(d => sequences.ContainsKey(d.Type)))
        {
            yield return new XsdComplexType(S1 + descriptor.Name,
                [.. sequences[descriptor.Type].Select(Details)],
                [.. descriptor.Fields.Select(f => Attribute(descriptor.Type, f))],
                Extends: S1 + "CvObject");
        }

        yield return DetailType(EventObject.ProductDetail, "CustomFieldDetail");
        yield return DetailType(RegistrationObject.GuestDetail, "EventSurveyDetail");
        yield return DetailType(RegistrationObject.OrderDetail, "DiscountDetail");
        yield return new XsdEnumType(S1 + "PrimaryAddressType", ContactObject.PrimaryAddressTypes);
        yield return new XsdEnumType(S1 + "InviteeStatus", InviteeObject.Statuses);
        yield return new XsdEnumType(S1 + "ProductStatus", SessionObject.ProductStatuses);
        yield return new XsdEnumType(S1 + "CvObjectType", Enum.GetNames<CvObjectType>());
        yield return new XsdEnumType(S1 + "CvSearchOperatorType", CvSearchOperators.WireNames);
    }

    /// <summary>The attribute lists of every served object type and of their attribute details, by s1 type name.</summary>
    private static readonly Lazy<Dictionary<string, IReadOnlyList<CvField>>> CatalogueAttributes = new(() =>
    {
        var lists = new Dictionary<string, IReadOnlyList<CvField>>(StringComparer.Ordinal);
        foreach (var type in CvObjectCatalogue.All)
        {
            lists[type.Name] = type.Fields;
            foreach (var detail in type.Details.Where(d => !d.TextElements))
            {
                lists[detail.Element] = [.. detail.Fields.Where(f => !detail.IsElement(f))]; // #17 part B: element fields are not attributes
            }
        }

        return lists;
    });

    /// <summary>
    /// A declared complex type whose attributes, when the catalogue serves it (an object type or one of its details),
    /// are the catalogue's fields in catalogue order: the WSDL a client reads and the objects Retrieve writes cannot
    /// drift apart, so serving a new type is a catalogue entry, not a WSDL edit. Each attribute keeps the schema type,
    /// use and default its contract notation gives (an enumeration, <c>use="required"</c>, a date the WSDL types
    /// <c>s:string</c>); a field the notation lacks is typed from its <see cref="CvFieldType"/>.
    /// </summary>
    private static XsdComplexType FromCatalogue(XsdComplexType declared)
    {
        if (declared.Name is not { } name || name.Namespace != S1 || !CatalogueAttributes.Value.TryGetValue(name.LocalName, out var fields))
        {
            return declared;
        }

        var notation = declared.Attributes.ToDictionary(a => a.Name, StringComparer.Ordinal);
        var inherited = declared.Extends == S1 + "CvObject" ? CvObjectAttributes : [];
        return declared with
        {
            Attributes = [.. fields.Where(f => !inherited.Contains(f.Name)).Select(f => notation.GetValueOrDefault(f.Name) ?? new XsdAttribute(f.Name, SchemaType(f.Type)))],
        };
    }

    /// <summary>The attributes of <c>s1:CvObject</c>: a detail that extends it (DistributionListDetail) writes its <c>Id</c> first but does not redeclare it.</summary>
    private static readonly string[] CvObjectAttributes = ["Id", "MessageId", "TransactionID"];

    private static XName SchemaType(CvFieldType type) => type switch
    {
        CvFieldType.Boolean => Boolean,
        CvFieldType.DateTime => DateTime,
        CvFieldType.Integer => Int,
        CvFieldType.Double => Double,
        CvFieldType.Decimal => Decimal,
        _ => String,
    };

    private static XsdComplexType DetailType(CvDetailDescriptor detail, string child) =>
        new(S1 + detail.Element, [Details(child)], [.. detail.Fields.Select(f => Attribute(null, f))]);

    /// <summary>A field's attribute: its XSD type (an enumeration where the WSDL types it so) and the WSDL's schema default.</summary>
    private static XsdAttribute Attribute(CvObjectType? owner, CvField field)
    {
        XName type = (owner, field.Name) switch
        {
            (CvObjectType.Invitee, "Status") => S1 + "InviteeStatus",
            (CvObjectType.Session, "ProductType") => S1 + "ProductType",
            (CvObjectType.Session, "Status") => S1 + "ProductStatus",
            (CvObjectType.Contact, "PrimaryAddressType") => S1 + "PrimaryAddressType",
            _ => SchemaType(field.Type),
        };
        var schemaDefault = (owner, field.Name) switch
        {
            (CvObjectType.Contact, "Active") => "true",
            (CvObjectType.Event, "Hidden") => "false",
            _ => null,
        };
        return new XsdAttribute(field.Name, type, Default: schemaDefault);
    }
}
