using System.Xml.Linq;
using Breakout.Domain.Objects;
using Breakout.Storage.Sql;
using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>The object catalogue against Cvent's reference WSDL: every served type has exactly the WSDL's attributes.</summary>
public sealed class CvObjectCatalogueTests
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    private static readonly Lazy<XDocument> Reference = new(() => XDocument.Load(SharedFiles.ReferenceWsdl));

    private static XElement ComplexType(string name) =>
        Reference.Value.Descendants(Xs + "complexType").Single(t => (string?)t.Attribute("name") == name);

    [Fact]
    public void CvObjectType_HasTheWsdlEnumerationInOrder()
    {
        var simple = Reference.Value.Descendants(Xs + "simpleType").Single(t => (string?)t.Attribute("name") == "CvObjectType");
        var values = simple.Descendants(Xs + "enumeration").Select(e => (string)e.Attribute("value")!).ToList();

        Assert.Equal(values, Enum.GetNames<CvObjectType>());
    }

    [Theory]
    [InlineData("Contact", true)]
    [InlineData("Session", true)]
    [InlineData("AdvancedLogic", true)]
    [InlineData("contact", false)]
    [InlineData("0", false)]
    [InlineData("1", false)]
    [InlineData("Contact,Event", false)]
    [InlineData(" Contact", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AcceptsExactWireNamesOnly(string? value, bool parses)
    {
        Assert.Equal(parses, CvObjectTypes.TryParse(value, out var type));
        if (parses)
        {
            Assert.Equal(value, type.ToString());
        }
    }

    public static TheoryData<string> ServedTypes() => [.. CvObjectCatalogue.All.Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(ServedTypes))]
    public void Descriptor_HasTheWsdlAttributesInOrder(string type)
    {
        var descriptor = CvObjectCatalogue.All.Single(d => d.Name == type);
        var extension = ComplexType(type).Descendants(Xs + "extension").Single();
        Assert.Equal("s1:CvObject", (string?)extension.Attribute("base"));
        var attributes = extension.Elements(Xs + "attribute").Select(a => (string)a.Attribute("name")!).ToList();

        Assert.Equal(attributes, descriptor.Fields.Select(f => f.Name));
        if (descriptor.ModifiedField is { } modified)
        {
            Assert.NotNull(descriptor.Field(modified));
        }

        // The detail elements, in the order of the type's sequence.
        var sequence = extension.Elements(Xs + "sequence").Elements(Xs + "element").Select(e => (string)e.Attribute("name")!).ToList();
        var details = descriptor.Details.Select(d => d.Element).ToList();
        Assert.Equal(details, sequence.Where(details.Contains));
    }

    public static TheoryData<string, string> ServedDetails() =>
        [.. CvObjectCatalogue.All.SelectMany(d => d.Details.Select(detail => (d.Name, detail.Element)))];

    [Theory]
    [MemberData(nameof(ServedDetails))]
    public void Detail_HasTheWsdlAttributesAndElementsInOrder(string type, string element)
    {
        var detail = CvObjectCatalogue.All.Single(d => d.Name == type).Details.Single(d => d.Element == element);
        var declared = ComplexType(type).Descendants(Xs + "element").Single(e => (string?)e.Attribute("name") == element);

        AssertContent(detail, ((string)declared.Attribute("type")!)["s1:".Length..]);
    }

    /// <summary>
    /// A detail's fields against its WSDL type: the attributes, then the child elements of the type's sequence (a base
    /// type's sequence first) that Breakout writes, in order, with the nested detail's element where
    /// <see cref="CvDetailDescriptor.NestedAt"/> puts it. Elements Breakout does not write (a Registration's
    /// <c>DiscountDetail</c>) are left out.
    /// </summary>
    private static void AssertContent(CvDetailDescriptor detail, string typeName)
    {
        var (attributes, elements) = Content(typeName);
        var written = detail.Fields.Where(f => !detail.IsElement(f)).Select(f => f.Name).ToList();
        Assert.Equal(attributes.Where(a => written.Contains(a) || !RequestOnlyCvObjectAttributes.Contains(a)), written);
        var expected = detail.Fields.Where(detail.IsElement).Select(f => f.Name).ToList();
        expected.InsertRange(detail.Fields.Take(detail.NestedAt).Count(detail.IsElement), detail.Nested.Select(n => n.Element));
        foreach (var nested in detail.Nested)
        {
            AssertContent(nested, elements.Single(e => e.Name == nested.Element).Type);
        }

        Assert.Equal(expected, elements.Select(e => e.Name).Where(expected.Contains));
        Assert.All(expected, name => Assert.Contains(name, elements.Select(e => e.Name)));
    }

    /// <summary>
    /// The attributes a detail extending <c>s1:CvObject</c> (DistributionListDetail) inherits but has no value of on a
    /// read: they tag a request's items, and ASMX leaves a null attribute out.
    /// </summary>
    private static readonly string[] RequestOnlyCvObjectAttributes = ["MessageId", "TransactionID"];

    private static (List<string> Attributes, List<(string Name, string Type)> Elements) Content(string typeName)
    {
        var type = ComplexType(typeName);
        var extension = type.Descendants(Xs + "extension").SingleOrDefault();
        var (attributes, elements) = extension is null ? ([], []) : Content(((string)extension.Attribute("base")!)["s1:".Length..]);
        var own = extension ?? type;
        attributes.AddRange(own.Elements(Xs + "attribute").Select(a => (string)a.Attribute("name")!));
        elements.AddRange(own.Elements(Xs + "sequence").Elements(Xs + "element").Select(e => ((string)e.Attribute("name")!, ((string)e.Attribute("type")!).Split(':')[1])));
        return (attributes, elements);
    }

    [Fact]
    public void Catalogue_ServesTheSixFirstTypesThenPartAOfIssue17()
    {
        Assert.Equal(
            [CvObjectType.Contact, CvObjectType.Event, CvObjectType.Invitee, CvObjectType.Registration, CvObjectType.Guest, CvObjectType.Session],
            CvObjectCatalogue.All.Take(6).Select(d => d.Type));
        Assert.Superset(
            new HashSet<CvObjectType>
            {
                CvObjectType.Speaker, CvObjectType.Transaction, CvObjectType.User, CvObjectType.UserGroup, CvObjectType.UserRole,
                CvObjectType.EventDetail, CvObjectType.EventQuestion, CvObjectType.EntityCustomField, CvObjectType.Travel, CvObjectType.TableAssignment,
            },
            CvObjectCatalogue.All.Select(d => d.Type).ToHashSet());

        // #17 part B
        Assert.Superset(
            new HashSet<CvObjectType>
            {
                CvObjectType.Survey, CvObjectType.SurveyQuestion, CvObjectType.Respondent, CvObjectType.Response, CvObjectType.SurveyEmailHistory,
                CvObjectType.EventEmailHistory, CvObjectType.ContactGroup, CvObjectType.DistributionList, CvObjectType.Appointment, CvObjectType.AppointmentAttendee,
            },
            CvObjectCatalogue.All.Select(d => d.Type).ToHashSet());
    }

    [Fact]
    public void Catalogue_TypesWithoutAModificationField_AreThoseWhoseWsdlTypeHasNone()
    {
        // GetUpdated windows on a time Breakout keeps for them (as for Session); every other type names its field.
        foreach (var type in CvObjectCatalogue.All.Where(d => d.ModifiedField is null))
        {
            var attributes = ComplexType(type.Name).Descendants(Xs + "attribute").Select(a => (string)a.Attribute("name")!);
            Assert.DoesNotContain("LastModifiedDate", attributes);
        }
    }

    [Theory]
    [InlineData("CCEmailAddress", "cc_email_address")]
    [InlineData("SMTPCode", "smtp_code")]
    [InlineData("FacebookURL", "facebook_url")]
    [InlineData("HomeAddress1", "home_address1")]
    [InlineData("IsCreatedViaTestReg", "is_created_via_test_reg")]
    [InlineData("LastModifiedDate", "updated_at")]
    [InlineData("CreatedDate", "created_at")]
    public void ContactColumn_IsTheMigrationsName(string field, string column)
    {
        Assert.Equal(column, SqlNames.ContactColumn(ContactObject.Descriptor.Field(field)!));
    }
}
