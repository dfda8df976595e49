using Breakout.Admin;
using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>Tenant isolation, the change history, and durability across a restart.</summary>
public sealed class TenantAndHistoryTests : IAsyncLifetime
{
    private BreakoutServer server = null!;

    public async ValueTask InitializeAsync() => server = await BreakoutServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AnotherAccount_SeesDemoIdsAsUnknown_AndChangesNothing()
    {
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var other = await store.CreateAccountAsync("OTHER", "Other tenant");
        await store.CreateApiUserAsync(other.Key, "ops", PasswordHash.Create("ops-pass", 1000), "");
        var ownEvent = new EventRecord(CventId.New(), "Other event", "OTH", EventStatus.Active, null, null, "UTC");
        var ownSession = new SessionRecord(CventId.New(), ownEvent.Id, "Other session", "OS", null, null, ProductStatus.OpenForRegistration, null, 10, false, 0, null, false);
        Assert.Empty(await store.ImportAsync(other.Key, new CatalogBatch { Events = [ownEvent], Sessions = [ownSession] }));
        var login = await server.PostSoap11Async(SoapEnvelopes.Login("OTHER", "ops", "ops-pass"), null);
        var token = (string)login.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("CventSessionHeader")!;
        var demoInvitee = server.AcceptedInvitees.First().Id;

        var foreignSession = Assert.Single(await server.SessionRegActionAsync(token, "Register", server.Session("NET").Id, (demoInvitee, null, null)));
        var unknownSession = Assert.Single(await server.SessionRegActionAsync(token, "Register", Guid.NewGuid().ToString(), (demoInvitee, null, null)));
        var foreignInvitee = Assert.Single(await server.SessionRegActionAsync(token, "Register", ownSession.Id.ToString(), (demoInvitee, null, null)));
        var unknownInvitee = Assert.Single(await server.SessionRegActionAsync(token, "Register", ownSession.Id.ToString(), (Guid.NewGuid().ToString(), null, null)));
        var foreignConfirmation = Assert.Single(await server.SessionRegActionAsync(token, "Register", ownSession.Id.ToString(), (null, "BRK000001", null)));

        Assert.Equal(unknownSession.ErrorCode, foreignSession.ErrorCode);
        Assert.Equal("CV90103", foreignSession.ErrorCode);
        Assert.Equal(unknownInvitee.ErrorCode, foreignInvitee.ErrorCode);
        Assert.Equal("CV84001", foreignInvitee.ErrorCode);
        Assert.Equal("CV84001", foreignConfirmation.ErrorCode);
        var demo = (await store.FindAccountAsync(DemoTenant.AccountNumber))!;
        Assert.Empty(await store.ExportRegistrationsAsync(demo.Key).ToListAsync());
    }

    [Fact]
    public async Task EveryChange_IsRecorded_WithUserCallAndMessageId()
    {
        var token = await server.LoginAsync();
        var invitee = server.AcceptedInvitees.First().Id;
        var session = server.Session("NET").Id;
        await server.SessionRegActionAsync(token, "Register", session, (invitee, null, "hist-1"));
        await server.SessionRegActionAsync(token, "Unregister", session, (invitee, null, "hist-2"));
        await server.SessionRegActionAsync(token, "Unregister", session, (invitee, null, "hist-3"));

        await using var connection = new SqliteConnection($"Data Source={server.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT h.action, h.message_id, c.operation, u.user_name, r.id, s.id FROM registration_history h " +
            "JOIN api_calls c ON c.pk = h.call_pk JOIN api_users u ON u.pk = c.api_user_pk " +
            "JOIN registrants r ON r.pk = h.registrant_pk JOIN sessions s ON s.pk = h.session_pk ORDER BY h.pk";
        var rows = new List<(long, string, string, string, string, string)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
            }
        }

        Assert.Equal(
            [(1L, "hist-1", "SessionRegAction", "demo", invitee, session), (2L, "hist-2", "SessionRegAction", "demo", invitee, session)],
            rows);
    }

    [Fact]
    public async Task AnsweredRegistrations_SurviveARestart()
    {
        var token = await server.LoginAsync();
        var invitees = server.AcceptedInvitees.Take(50).Select(i => ((string?)i.Id, (string?)null, (string?)null)).ToArray();
        var session = server.Session("MTA").Id;
        Assert.All(await server.SessionRegActionAsync(token, "Register", session, invitees), r => Assert.True(r.Success));
        var directory = server.Directory;
        await server.StopKeepingDataAsync();

        server = await BreakoutServer.StartAsync(directory: directory);
        var again = await server.SessionRegActionAsync(await server.LoginAsync(), "Register", session, invitees);

        Assert.All(again, r => Assert.Equal("CV90105", r.ErrorCode));
        Assert.Empty(await server.Services.GetRequiredService<IBreakoutStore>().VerifyAsync());
    }
}
