using System.Globalization;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// What makes the six types served first index-backed at size (issue #17; migrations PostgreSQL 0031 / SQLite 0027):
/// their ID fields looked up by key, their enumerations by ordinal, their text fields read from the contact, event or
/// registration type through that row's index, and their dates read through subqueries (an invitee's
/// <c>RegistrationDate</c>, its <c>LastModifiedDate</c>, an event's) through the indexes of the times they are made of.
/// </summary>
public abstract partial class SqlStore
{
    private static readonly Dictionary<string, (string KeyColumn, string Target)> NoIdLookups = [];

    /// <summary>
    /// A registrant's related IDs are looked up as the rows' own keys (the primary key, which SQLite's
    /// planner prefers to any index led by the account), through derived tables of (own key, the related row's account
    /// and ID) both databases flatten into index lookups, as SqlObjectTables' RegistrantLookups.
    /// </summary>
    private static readonly Dictionary<string, (string KeyColumn, string Target)> RegistrantIdLookups = new()
    {
        ["InviteeId"] = ("r.pk", "registrants"),
        ["ContactId"] = ("r.pk", ByRelated("contacts", "registrants", "contact_pk")),
        ["EventId"] = ("r.pk", ByRelated("events", "registrants", "event_pk")),
    };

    private static readonly Dictionary<string, (string KeyColumn, string Target)> GuestIdLookups = new()
    {
        ["EventID"] = ("x.pk", ByRelated("events", "registrants", "event_pk")),
        ["ContactID"] = ("x.pk", ByRelated("contacts", "registrants", "contact_pk")),
        ["RegistrationID"] = ("x.pk", ByRelated("registrants", "registrants", "invitee_pk")),
    };

    private static readonly Dictionary<string, (string KeyColumn, string Target)> SessionIdLookups = new() { ["EventId"] = ("s.event_pk", "events") };

    private static readonly Dictionary<string, (string Column, IReadOnlyList<string> Names)> EventEnumerations =
        new() { ["EventStatus"] = ("e.status", EventObject.EventStatuses) };

    private static readonly Dictionary<string, (string Column, IReadOnlyList<string> Names)> RegistrantEnumerations =
        new() { ["Status"] = ("r.status", InviteeObject.Statuses) };

    /// <summary>
    /// An invitee's names and address are its contact's (NOT NULL there), or its own without a contact; its registration
    /// type's name is the type's; its dates are its calls' times (HistoryTime, LatestChange).
    /// </summary>
    private static readonly Dictionary<string, IReadOnlyList<SqlKeySource>> RegistrantSources = new()
    {
        ["SourceId"] = [Related("contacts", "contact_pk", "source_id")],
        ["FirstName"] = [Related("contacts", "contact_pk", "first_name"), Own("first_name", "g.kind = 0 AND g.contact_pk IS NULL")],
        ["LastName"] = [Related("contacts", "contact_pk", "last_name"), Own("last_name", "g.kind = 0 AND g.contact_pk IS NULL")],
        ["EmailAddress"] = [Related("contacts", "contact_pk", "email_address"), Own("email_address", "g.kind = 0 AND g.contact_pk IS NULL")],
        ["Company"] = [Related("contacts", "contact_pk", "company")],
        ["RegistrationType"] = [Related("registration_types", "registration_type_pk", "name")],
        ["RegistrationDate"] = [Actions(RegistrantAction.Accepted)],
        ["CancelledDate"] = [Actions(RegistrantAction.Cancelled)],
        // LatestChange(["g.pk = r.pk", "g.invitee_pk = r.pk"], "r.contact_pk"): the invitee's and its guests' rows, its contact, their calls.
        ["LastModifiedDate"] =
        [
            new("SELECT COALESCE(g.invitee_pk, g.pk) FROM registrants g WHERE g.account_pk = @a AND ", "g.updated_at"),
            Related("contacts", "contact_pk", "updated_at"),
            new("SELECT COALESCE(g.invitee_pk, g.pk) FROM api_calls k JOIN registration_history h ON h.call_pk = k.pk JOIN registrants g ON g.pk = h.registrant_pk " +
                "WHERE k.account_pk = @a AND ", "k.at"),
            new("SELECT COALESCE(g.invitee_pk, g.pk) FROM api_calls k JOIN registrant_history h ON h.call_pk = k.pk JOIN registrants g ON g.pk = h.registrant_pk " +
                "WHERE k.account_pk = @a AND ", "k.at"),
        ],
    };

    /// <summary>A guest's event fields are its event's; its company its own, else its contact's; its dates as an invitee's.</summary>
    private static readonly Dictionary<string, IReadOnlyList<SqlKeySource>> GuestSources = new()
    {
        ["EventTitle"] = [Related("events", "event_pk", "title")],
        ["EventCode"] = [Related("events", "event_pk", "code")],
        ["Company"] = [Own("company", "g.kind = 1"), Related("contacts", "contact_pk", "company", "g.company IS NULL")],
        ["RegistrationDate"] = [Actions(RegistrantAction.Accepted)],
        // LatestChange(["g.pk = x.pk"]): the guest's row and its calls.
        ["LastModifiedDate"] =
        [
            new("SELECT g.pk FROM registrants g WHERE g.account_pk = @a AND ", "g.updated_at"),
            new("SELECT h.registrant_pk FROM api_calls k JOIN registration_history h ON h.call_pk = k.pk WHERE k.account_pk = @a AND ", "k.at"),
            new("SELECT h.registrant_pk FROM api_calls k JOIN registrant_history h ON h.call_pk = k.pk WHERE k.account_pk = @a AND ", "k.at"),
        ],
    };

    /// <summary>An event changes when it or one of its sessions does.</summary>
    private static readonly IReadOnlyList<SqlKeySource> EventChanges =
    [
        new("SELECT x.pk FROM events x WHERE x.account_pk = @a AND ", "x.updated_at"),
        new("SELECT s.event_pk FROM sessions s WHERE s.account_pk = @a AND ", "s.updated_at"),
    ];

    private static readonly Dictionary<string, IReadOnlyList<SqlKeySource>> EventSources = new() { ["LastModifiedDate"] = EventChanges, ["Modified"] = EventChanges };

    /// <summary>The registrants (alias <c>g</c>) whose related row in <paramref name="table"/> (alias <c>k</c>) has the value.</summary>
    private static SqlKeySource Related(string table, string key, string column, string? also = null) =>
        new($"SELECT g.pk FROM {table} k JOIN registrants g ON g.{key} = k.pk WHERE k.account_pk = @a AND {(also is null ? "" : also + " AND ")}", "k." + column);

    /// <summary>The registrants (alias <c>g</c>) whose own column has the value.</summary>
    private static SqlKeySource Own(string column, string also) => new($"SELECT g.pk FROM registrants g WHERE g.account_pk = @a AND {also} AND ", "g." + column);

    /// <summary>(the key of a row of <paramref name="table"/>, its related row's account and ID), by the row's <paramref name="key"/> column.</summary>
    private static string ByRelated(string related, string table, string key) => $"(SELECT v.pk, t.account_pk, t.id FROM {related} t JOIN {table} v ON v.{key} = t.pk)";

    /// <summary>The registrants with an event-level action of this kind (HistoryTime's rows), by the time of its call.</summary>
    private static SqlKeySource Actions(RegistrantAction action) => new(
        "SELECT h.registrant_pk FROM api_calls k JOIN registrant_history h ON h.call_pk = k.pk WHERE k.account_pk = @a AND h.action = " +
        ((int)action).ToString(CultureInfo.InvariantCulture) + " AND ", "k.at");
}
