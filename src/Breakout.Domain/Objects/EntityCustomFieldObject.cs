using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The EntityCustomField type: the attributes of <c>s1:EntityCustomField</c> in WSDL order, the definition of a custom
/// field of the account (on contacts, events, sessions …) with its choices (<c>FieldChoices</c>, each a
/// <c>FieldChoiceText</c> element). CreateCustomField and UpdateCustomField write them, so the type is creatable and
/// updateable and its fields writable; the import takes the field's <c>CustomFieldCategory</c> (what it is of, as CreateCustomField does), and
/// DescribeGlobal lists every custom field as a <c>LookUp</c> of that type. Cvent's object table for EntityCustomField was found in no public copy consulted; Breakout's decision:
/// <c>FieldCode</c> and <c>FieldType</c> are searchable. The type has no modification-date attribute, so GetUpdated
/// windows on the time Breakout last imported the definition.
/// </summary>
public static class EntityCustomFieldObject
{
    /// <summary>
    /// The WSDL's <c>CvCustomFieldEntityType</c>: what a custom field is of (CreateCustomField's
    /// <c>CustomFieldCategory</c>), and the <c>Type</c> of its <c>LookUp</c> in DescribeGlobal.
    /// </summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "AppointmentCustomField", "BudgetItemCustomField", "CampaignCustomField", "ContactCustomField", "EventCustomField",
        "ResourceCustomField", "RFPCustomField", "SessionCustomField", "SurveyCustomField", "UserCustomField",
    ];

    /// <summary><c>FieldChoices</c> (type <c>s1:FieldChoice</c>): one per choice of a choice field.</summary>
    public static readonly CvDetailDescriptor FieldChoices = new("FieldChoices", [new("FieldChoiceText", T.String, 500, ReadOnly: true)])
    {
        TextElements = true,
    };

    /// <summary>
    /// A new <c>s1:CustomFieldDetail</c> descriptor (attributes <c>FieldName</c>, <c>FieldType</c>, <c>FieldValue</c>,
    /// <c>FieldId</c>), for a type that carries custom field values (Contact, Guest): each type reads its values from
    /// its own rows, so each has its own instance.
    /// </summary>
    public static CvDetailDescriptor ValueDetail() => new("CustomFieldDetail",
    [
        new("FieldName", T.String, 200),
        new("FieldType", T.String, 50),
        new("FieldValue", T.String, 2000),
        new("FieldId", T.Id),
    ]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.EntityCustomField,
        null,
        [
            new("FieldName", T.String, 200),
            new("FieldCode", T.String, 50, Searchable: true),
            new("HelpText", T.String, 2000),
            new("FieldType", T.String, 50, Searchable: true),
            new("AnswerFormat", T.String, 50),
            new("MinimumCharacters", T.Integer),
            new("MaximumCharacters", T.Integer),
            new("MinimumNumber", T.Integer),
            new("MaximumNumber", T.Integer),
            new("PrepopulateCurrentDate", T.Boolean, DefaultValue: "false"),
            new("EarliestDate", T.DateTime),
            new("LatestDate", T.DateTime),
            new("DisplayPopUpCalendar", T.Boolean, DefaultValue: "false"),
        ]) with
    {
        Creatable = true,
        Updateable = true,
        Details = [FieldChoices],
        ImportFields = [new("CustomFieldCategory", T.String, 30, Required: true, LookUps: Categories)],
    };
}
