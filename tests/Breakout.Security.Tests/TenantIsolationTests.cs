using System.Text;
using System.Text.RegularExpressions;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Security.Tests;

/// <summary>
/// The tenant isolation matrix: for every implemented operation (Login aside), tenant B using one of tenant A's IDs
/// gets byte for byte the answer it gets for a fresh unknown ID (the ID itself aside), and nothing of A changes.
/// No timing is asserted; docs/security.md explains why both take the same path.
/// </summary>
public sealed class TenantIsolationTests(TenantIsolationFixture fixture) : IClassFixture<TenantIsolationFixture>
{
    private static readonly string[] Tables =
        ["events", "sessions", "contacts", "registrants", "session_registrations", "session_waitlist", "registration_history", "registrant_history", "deleted_objects",
            "contact_groups", "contact_group_members", "distribution_lists", "distribution_list_members", "planner_users", "planner_user_groups", "object_changes", // #18
         "entity_custom_fields", "custom_field_values", "invitee_internal_answers", "registration_types", "field_changes"]; // #18

    public static TheoryData<string> Cases => [.. IsolationCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ForeignId_IsAnsweredLikeAnUnknownId_AndChangesNothing(string name)
    {
        var row = IsolationCases.All.Single(c => c.Name == name);
        var foreignId = row.ForeignId(fixture);
        var unknownId = row.IsConfirmationNumber
            ? "BRK9" + Random.Shared.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Guid.NewGuid().ToString();
        var before = await SnapshotOfAAsync();

        var foreign = await CallAsB(row, foreignId);
        var unknown = await CallAsB(row, unknownId);

        Assert.Equal(unknown.Status, foreign.Status);
        Assert.Equal(Normalize(unknown.Body, unknownId), Normalize(foreign.Body, foreignId));
        Assert.DoesNotContain("Success=\"true\"", foreign.Body, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotOfAAsync());
    }

    [Fact]
    public void TheMatrix_CoversEveryImplementedOperationButLogin()
    {
        var catalogue = fixture.Server.Services.GetRequiredService<Soap.Operations.OperationCatalogue>();
        // Login takes no IDs of a tenant, DescribeGlobal reports only the caller's own account, DescribeCvObject only the
        // catalogue; GetUpdated and GetDeleted take a window, not IDs (GetUpdatedAndGetDeleted_NeverListAnotherTenantsIds).
        // CreateContactGroup and CreateDistributionList take no IDs either (list names are per account: the store's
        // contract tests, ListNames_AreUniqueInTheAccount_ByTheDatabase_ButNotAcrossAccounts).
        var implemented = catalogue.Implemented.Select(o => o.Name)
            .Where(n => n is not ("Login" or "DescribeGlobal" or "DescribeCvObject" or "GetUpdated" or "GetDeleted" or "CreateContactGroup" or "CreateDistributionList")).Order();

        Assert.Equal(implemented, IsolationCases.All.Select(c => c.Operation).Distinct().Order());
    }

    [Fact]
    public async Task GetUpdatedAndGetDeleted_NeverListAnotherTenantsIds()
    {
        await using (var connection = new SqliteConnection($"Data Source={fixture.Server.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO deleted_objects (account_pk, object_type, id, deleted_at) VALUES ({fixture.AccountKeyA}, 'Contact', '{fixture.ContactA}', 1000)";
            await command.ExecuteNonQueryAsync();
        }

        var seenByB = new List<string>();
        foreach (var (operation, type) in new[]
        {
            ("GetUpdated", "Invitee"), ("GetUpdated", "Registration"), ("GetUpdated", "Event"), ("GetUpdated", "Session"), ("GetUpdated", "Guest"),
            ("GetUpdated", "Contact"), ("GetDeleted", "Contact"),

            // #17 part A: B has none of these but its event's EventDetail.
            ("GetUpdated", "Speaker"), ("GetUpdated", "Transaction"), ("GetUpdated", "User"), ("GetUpdated", "UserGroup"), ("GetUpdated", "UserRole"),
            ("GetUpdated", "EventDetail"), ("GetUpdated", "EventQuestion"), ("GetUpdated", "EntityCustomField"), ("GetUpdated", "Travel"),
            ("GetUpdated", "TableAssignment"), ("GetDeleted", "Speaker"), ("GetDeleted", "Transaction"),
        }.Concat(IsolationCases.PartBTypes.Select(t => ("GetUpdated", t)))) // #17 part B
        {
            var reply = await fixture.Server.PostSoap11Async(SoapEnvelopes.WithHeader(fixture.TokenB,
                $"<{operation} xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>{type}</ObjectType><StartDate>1970-01-01T00:00:00</StartDate>" +
                $"<EndDate>2100-01-01T00:00:00</EndDate></{operation}>"), SoapEnvelopes.Action(operation));
            Assert.Equal(200, reply.Status);
            seenByB.AddRange(reply.Xml.Descendants(SoapEnvelopes.S1 + "Id").Select(e => e.Value));
        }

        Assert.Equal(new[]
        {
            fixture.InviteeB, fixture.InviteeB, fixture.EventB, fixture.SessionB, fixture.ContactB, fixture.EventB,
            fixture.PlannerB, fixture.UserGroupB, fixture.RoleB, fixture.GroupB, fixture.ListB, // #18: B's own
        }.Order(), seenByB.Order());
    }

    private async Task<SoapReply> CallAsB(IsolationCase row, string id) =>
        (await RawSoapPost.PostAsync(fixture.Server.Client, fixture.Server.Endpoint, SoapEnvelopes.WithHeader(fixture.TokenB, row.Body(fixture, id)), row.Operation,
            row.IsIdempotencyKey ? id : null)).Soap;

    /// <summary>The answer with the ID under test replaced, in whatever case the server echoes it.</summary>
    private static string Normalize(string body, string id) => Regex.Replace(body, Regex.Escape(id), "{ID}", RegexOptions.IgnoreCase);

    /// <summary>Everything of A a caller could change: its registrations export, what A itself sees of its invitee, and the rows of the catalogue and registration tables.</summary>
    private async Task<string> SnapshotOfAAsync()
    {
        var server = fixture.Server;
        var snapshot = new StringBuilder();
        await foreach (var row in server.Services.GetRequiredService<IBreakoutStore>().ExportRegistrationsAsync(fixture.AccountKeyA))
        {
            snapshot.AppendLine(row.ToString());
        }

        foreach (var (type, product) in new[] { ("Session", server.Session("NET").Id), ("Session", server.Session("WKS").Id), ("Event", server.Conference.Id) })
        {
            var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(fixture.TokenA,
                $"<ValidateInvitee xmlns=\"http://api.cvent.com/2006-11\"><ProductType>{type}</ProductType><ProductID>{product}</ProductID><CheckPaidInFull>false</CheckPaidInFull>" +
                $"<CvInvitees><CvInvitee Id=\"{fixture.InviteeA.Id}\" xmlns=\"http://schemas.cvent.com/api/2006-11\"/></CvInvitees></ValidateInvitee>"), null);
            snapshot.AppendLine(reply.Body);
        }

        await using var connection = new SqliteConnection($"Data Source={server.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                snapshot.Append(table);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    snapshot.Append('|').Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                }

                snapshot.AppendLine();
            }
        }

        return snapshot.ToString();
    }
}
