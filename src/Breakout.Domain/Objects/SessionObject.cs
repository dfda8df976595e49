using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Session type (product type 30): the attributes of <c>s1:Session</c> in WSDL order. Per Cvent's object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/event_objects/session) EventId,
/// ProductName, ProductCode and ProductType are read-only and EventId is the one searchable field. The type has
/// no modification-date attribute, so GetUpdated windows on the time Breakout last changed the session (created,
/// imported or updated by UpdateSession; seats taken do not count).
/// </summary>
public static class SessionObject
{
    public static readonly IReadOnlyList<string> ProductStatuses = Enum.GetNames<ProductStatus>();

    public static readonly IReadOnlyList<string> ProductTypes = Enum.GetNames<ProductType>();

    public static readonly CvObjectDescriptor Descriptor = new(
        CvObjectType.Session,
        Creatable: true,
        Updateable: true,
        Deletable: false,
        Replicateable: true,
        Retrieveable: true,
        Searchable: true,
        ModifiedField: null,
        Fields:
        [
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("ProductName", T.String, 200, ReadOnly: true),
            new("ProductCode", T.String, 50, ReadOnly: true),
            new("ProductType", T.String, 20, ReadOnly: true, DefaultValue: "Session", LookUps: ProductTypes),
            new("StartTime", T.DateTime),
            new("EndTime", T.DateTime),
            new("DataTagCode", T.String, 50),
            new("ProductDescription", T.String, 2000),
            new("SessionLocationName", T.String, 100),
            new("SessionLocationCode", T.String, 50),
            new("RegistrantInformation", T.String, 2000),
            new("Status", T.String, 30, DefaultValue: "OpenForRegistration", LookUps: ProductStatuses),
            new("AutoCloseDate", T.DateTime),
            new("Capacity", T.Integer),
            new("EnableWaitlist", T.Boolean, DefaultValue: "false"),
            new("WaitlistCapacity", T.Integer),
        ]);
}
