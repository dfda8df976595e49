using System.Xml.Linq;
using Breakout.Domain.Objects;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// Retrieve, Search, GetUpdated, GetDeleted and DescribeCvObject, and the object types Retrieve answers with: every
/// served type and the detail types it reaches, so that a client decoding <c>xsi:type="Registration"</c> finds the
/// type in the served WSDL. The object types' attributes come from the catalogue's descriptors (which a test holds
/// against Cvent's WSDL); what the descriptors do not say (enumerated types, schema defaults, the detail sequence)
/// is listed here. Built by a method, not field initialisers, so nothing depends on the order of partial files.
/// </summary>
public static partial class OperationContracts
{
    private static IEnumerable<OperationContract> ObjectOperations()
    {
        var objectType = new XsdEnumType(S1 + "CvObjectType", Enum.GetNames<CvObjectType>());
        var retrieve = new OperationContract(
            "Retrieve",
            UsesSessionHeader: true,
            Wrapper("Retrieve", XsdParticle.Element("ObjectType", objectType.Name!, minOccurs: 1), XsdParticle.Reference(S1 + "Ids")),
            Wrapper("RetrieveResponse", XsdParticle.Reference(S1 + "RetrieveResult")),
            [new XsdElement(S1 + "Ids", S1 + "IdArray"), new XsdElement(S1 + "RetrieveResult", S1 + "RetrieveResult")],
            [
                objectType,
                new XsdComplexType(S1 + "IdArray", [XsdParticle.Element("Id", String, maxOccurs: null)], []),
                new XsdComplexType(S1 + "RetrieveResult", [XsdParticle.Element("CvObject", CvObject.Name!, maxOccurs: null)], []),
                CvObject,
                .. ObjectTypes(),
            ]);
        var search = new OperationContract(
            "Search",
            UsesSessionHeader: true,
            Wrapper("Search", XsdParticle.Element("ObjectType", objectType.Name!, minOccurs: 1), XsdParticle.Reference(S1 + "CvSearchObject")),
            Wrapper("SearchResponse", XsdParticle.Reference(S1 + "SearchResult")),
            [new XsdElement(S1 + "CvSearchObject", S1 + "CvSearch"), new XsdElement(S1 + "SearchResult", S1 + "SearchResult")],
            [
                objectType,
                new XsdComplexType(S1 + "CvSearch", [XsdParticle.Element("Filter", S1 + "Filter", maxOccurs: null)],
                    [new("SearchType", S1 + "CvSearchType", Required: true)]),
                new XsdComplexType(S1 + "Filter",
                    [
                        XsdParticle.Element("Field", String), XsdParticle.Element("Operator", S1 + "CvSearchOperatorType", minOccurs: 1),
                        XsdParticle.Element("Value", String), XsdParticle.Element("ValueArray", S1 + "ArrayOfString"),
                    ], []),
                new XsdEnumType(S1 + "CvSearchOperatorType", CvSearchOperators.WireNames),
                new XsdComplexType(S1 + "ArrayOfString", [XsdParticle.Element("Value", String, maxOccurs: null)], []),
                new XsdEnumType(S1 + "CvSearchType", ["AndSearch", "OrSearch"]),
                IdResult("SearchResult"),
            ]);
        var describe = new OperationContract(
            "DescribeCvObject",
            UsesSessionHeader: true,
            Wrapper("DescribeCvObject", XsdParticle.Reference(S1 + "ObjectTypes")),
            Wrapper("DescribeCvObjectResponse", XsdParticle.Reference(S1 + "DescribeCvObjectResult")),
            [new XsdElement(S1 + "ObjectTypes", S1 + "CvObjectTypeArray"), new XsdElement(S1 + "DescribeCvObjectResult", S1 + "DescribeCvObjectResults")],
            [
                new XsdComplexType(S1 + "CvObjectTypeArray", [XsdParticle.Element("CvObjectType", objectType.Name!, maxOccurs: null)], []),
                objectType,
                new XsdComplexType(S1 + "DescribeCvObjectResults",
                    [XsdParticle.Element("DescribeCvObjectResult", S1 + "DescribeCvObjectResult", maxOccurs: null)], []),
                new XsdComplexType(S1 + "DescribeCvObjectResult",
                    [XsdParticle.Element("Field", S1 + "Field", maxOccurs: null), XsdParticle.Element("CustomField", S1 + "CustomField", maxOccurs: null)],
                    [
                        new("Name", String), new("Creatable", Boolean), new("Updateable", Boolean), new("Deletable", Boolean),
                        new("Replicateable", Boolean), new("Retrieveable", Boolean), new("Searchable", Boolean),
                    ]),
                new XsdComplexType(S1 + "Field", [XsdParticle.Element("LookUpDetail", S1 + "LookUpDetail", maxOccurs: null)],
                    [
                        new("Name", String), new("ObjectLocation", String), new("DataType", String), new("MaxLength", Int), new("Searchable", Boolean),
                        new("Required", Boolean), new("ReadOnly", Boolean), new("DefaultValue", String), new("DefaultSearchValue", String),
                    ]),
                new XsdComplexType(S1 + "LookUpDetail", [], [new("Value", String)]),
                new XsdComplexType(S1 + "CustomField", [XsdParticle.Element("AnswerDetail", S1 + "AnswerDetail", maxOccurs: null)],
                    [new("Id", String), new("Name", String), new("Category", String), new("FieldType", String), new("Format", String), new("SortOrder", String)]),
                new XsdComplexType(S1 + "AnswerDetail", [], [new("AnswerText", String)]),
            ]);
        return [retrieve, search, Window("GetUpdated", objectType), Window("GetDeleted", objectType), describe];
    }

    private static OperationContract Window(string name, XsdEnumType objectType) => new(
        name,
        UsesSessionHeader: true,
        Wrapper(name,
            XsdParticle.Element("ObjectType", objectType.Name!, minOccurs: 1),
            XsdParticle.Element("StartDate", DateTime, minOccurs: 1),
            XsdParticle.Element("EndDate", DateTime, minOccurs: 1)),
        Wrapper(name + "Response", XsdParticle.Reference(S1 + (name + "Result"))),
        [new XsdElement(S1 + (name + "Result"), S1 + (name + "Result"))],
        [objectType, IdResult(name + "Result")]);

    private static XsdComplexType IdResult(string name) => new(S1 + name, [XsdParticle.Element("Id", String, maxOccurs: null)], []);

    /// <summary>The served object types (extending CvObject) and every type their details reach.</summary>
    private static IEnumerable<XsdType> ObjectTypes()
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
        foreach (var descriptor in CvObjectCatalogue.All)
        {
            yield return new XsdComplexType(S1 + descriptor.Name,
                [.. sequences[descriptor.Type].Select(Details)],
                [.. descriptor.Fields.Select(f => Attribute(descriptor.Type, f))],
                Extends: CvObject.Name);
        }

        var answer = new XsdComplexType(S1 + "EventAnswer", [],
            [new("AnswerPart", String), new("AnswerColumn", String), new("AnswerText", String), new("AnswerOther", String), new("AnswerComment", String)]);
        var survey = new XsdComplexType(S1 + "EventSurveyDetail",
            [XsdParticle.Element("Answer", answer.Name!, maxOccurs: null), XsdParticle.Element("AnswerText", String, maxOccurs: null)],
            [new("SurveyType", String), new("QuestionId", String), new("QuestionCode", String), new("QuestionText", String)]);
        XsdType[] types =
        [
            new XsdComplexType(S1 + "CustomFieldDetail", [], [new("FieldName", String), new("FieldType", String), new("FieldValue", String), new("FieldId", String)]),
            new XsdComplexType(S1 + "ContactGroupDetail", [], [new("GroupName", String), new("GroupId", String)]),
            new XsdComplexType(S1 + "DistributionListDetail", [], [new("DistributionListName", String), new("Approved", Boolean)], Extends: CvObject.Name),
            new XsdEnumType(S1 + "PrimaryAddressType", ContactObject.PrimaryAddressTypes),
            DetailType(EventObject.ProductDetail, "CustomFieldDetail"),
            new XsdComplexType(S1 + "WeblinkDetail", [], [new("Target", String), new("URL", String)]),
            new XsdComplexType(S1 + "DocumentDetail", [],
            [
                new("FileName", String), new("FileType", String), new("FileSize", Int), new("UploadDate", DateTime), new("FileDisplay", Boolean),
                new("FileURL", String), new("UploadedBy", String), new("Description", String), new("Category", String),
            ]),
            new XsdComplexType(S1 + "TargetListDetail", [],
                [new("TargetedListId", String), new("TargetedListName", String), new("TargetedListLanguage", String), new("TargetedListDefault", Boolean)]),
            new XsdComplexType(S1 + "InternalInfoDetail",
                [XsdParticle.Element("Answer", answer.Name!, maxOccurs: null), XsdParticle.Element("AnswerText", String, maxOccurs: null)],
                [new("QuestionText", String)]),
            answer,
            new XsdComplexType(S1 + "RegretSurveyDetail",
                [XsdParticle.Element("AnswerText", String, maxOccurs: null), XsdParticle.Element("EventAnswer", answer.Name!, maxOccurs: null)],
                [new("QuestionId", String), new("QuestionCode", String), new("SurveyType", String), new("QuestionText", String)]),
            new XsdEnumType(S1 + "InviteeStatus", InviteeObject.Statuses),
            survey,
            DetailType(RegistrationObject.GuestDetail, "EventSurveyDetail"),
            DetailType(RegistrationObject.OrderDetail, "DiscountDetail"),
            new XsdComplexType(S1 + "DiscountDetail", [],
            [
                new("DiscountDetailId", String), new("DiscountCode", String), new("DiscountName", String), new("DiscountType", String),
                new("DiscountValue", S + "decimal"), new("DiscountAmount", S + "decimal"),
            ]),
            new XsdComplexType(S1 + "PaymentDetail", [],
            [
                new("TransactionId", String), new("TransactionDate", DateTime), new("PaymentType", String), new("ReferenceNumber", String),
                new("TransactionType", S1 + "TransactionType", Required: true), new("Amount", S + "double"), new("TransactionNumber", String),
            ]),
            new XsdEnumType(S1 + "TransactionType", ["Online Charge", "Online Refund", "Offline Charge", "Offline Refund"]),
            ProductType,
            new XsdEnumType(S1 + "ProductStatus", SessionObject.ProductStatuses),
        ];
        foreach (var type in types)
        {
            yield return type;
        }
    }

    private static XsdParticle Details(string element) => XsdParticle.Element(element, S1 + element, maxOccurs: null);

    private static XsdComplexType DetailType(CvDetailDescriptor detail, string child) =>
        new(S1 + detail.Element, [Details(child)], [.. detail.Fields.Select(f => Attribute(null, f))]);

    /// <summary>A field's attribute: its XSD type (an enumeration where the WSDL types it so) and the WSDL's schema default.</summary>
    private static XsdAttribute Attribute(CvObjectType? owner, CvField field)
    {
        XName type = (owner, field.Name) switch
        {
            (CvObjectType.Invitee, "Status") => S1 + "InviteeStatus",
            (CvObjectType.Session, "ProductType") => ProductType.Name!,
            (CvObjectType.Session, "Status") => S1 + "ProductStatus",
            (CvObjectType.Contact, "PrimaryAddressType") => S1 + "PrimaryAddressType",
            _ => field.Type switch
            {
                CvFieldType.Boolean => Boolean,
                CvFieldType.DateTime => DateTime,
                CvFieldType.Integer => Int,
                CvFieldType.Double => S + "double",
                _ => String,
            },
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
