using System.Globalization;
using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Text;
using System.Xml.Linq;
using Breakout.TestSupport;
using Interop.Tests.Scenario;
using Interop.Tests.Wcf;

namespace Interop.Tests;

/// <summary>The .NET WCF client (System.ServiceModel.Http) with a hand-written XmlSerializer contract, SOAP 1.1 and 1.2.</summary>
public sealed class WcfTests
{
    [Theory]
    [InlineData("V200611Soap")]
    [InlineData("V200611Soap12")]
    public async Task Wcf_LogsIn_Registers_ReadsItemErrors_Validates_RetrievesAndSearches_AndUnregisters(string port)
    {
        await using var server = await BreakoutServer.StartAsync();
        // A generated client takes its address from the WSDL's port, so take it from the served WSDL.
        var address = await PortAddressAsync(server, port);
        Binding binding = port == "V200611Soap"
            ? new BasicHttpBinding()
            : new CustomBinding(new TextMessageEncodingBindingElement(MessageVersion.Soap12, Encoding.UTF8), new HttpTransportBindingElement());

        var loginFactory = new ChannelFactory<IV200611Soap>(binding, new EndpointAddress(address));
        var login = (await loginFactory.CreateChannel().LoginAsync(new LoginRequest
        {
            AccountNumber = server.Manifest.AccountNumber,
            UserName = server.Manifest.UserName,
            Password = server.Manifest.Password,
        })).LoginResult!;
        loginFactory.Close();

        // As Cvent's clients do: after Login, call the ServerURL it returned.
        var factory = new ChannelFactory<IV200611Soap>(binding, new EndpointAddress(login.ServerURL));
        var recorder = new RequestRecorder();
        factory.Endpoint.EndpointBehaviors.Add(recorder);
        var channel = factory.CreateChannel();
        var header = new CventSessionHeader { CventSessionValue = login.CventSessionHeader };
        async Task<IReadOnlyList<ItemOutcome>> CallAsync(string action, params string[] ids)
        {
            var response = await channel.SessionRegActionAsync(new SessionRegActionRequest
            {
                CventSessionHeader = header,
                CvInvitees = new SessionRegInvitee
                {
                    SessionRegActionType = action,
                    ProductId = InteropScenario.ProductId(server),
                    CvInvitee = [.. ids.Select((id, n) => new CvInvitee { Id = id, MessageId = $"msg-{n + 1}" })],
                },
            });
            Assert.Equal(login.CventSessionHeader, response.CventSessionHeader?.CventSessionValue);
            return [.. (response.SessionRegActionResult?.Items ?? []).Select(i => new ItemOutcome(
                i.Id, i.ReferenceId, i.Success, [.. (i.Errors ?? []).Select(e => new ErrorOutcome(e.Code!, e.Description!))]))];
        }

        async Task<IReadOnlyList<ValidateOutcome>> ValidateAsync(params string[] ids)
        {
            var response = await channel.ValidateInviteeAsync(new ValidateInviteeRequest
            {
                CventSessionHeader = header,
                ProductType = "Session",
                ProductID = InteropScenario.ProductId(server),
                CheckPaidInFull = false,
                CvInvitees = [.. ids.Select((id, n) => new CvInvitee { Id = id, MessageId = $"val-{n + 1}" })],
            });
            Assert.Equal(login.CventSessionHeader, response.CventSessionHeader?.CventSessionValue);
            return [.. (response.ValidateInviteeResult?.Items ?? []).Select(Decode)];
        }

        var register = await CallAsync("Register", InteropScenario.Invitee(server), InteropScenario.MissingInvitee);
        var validate = await ValidateAsync(InteropScenario.Invitee(server), InteropScenario.MissingInvitee);
        var retrieve = await RetrieveRegistrationAsync(channel, header, InteropScenario.Invitee(server));
        var search = new SearchOutcome(
            await SearchAsync(channel, header, "Invitee", server.Conference.Id, "Contains", retrieve.LastName),
            await SearchAsync(channel, header, "Registration", server.Conference.Id, "Starts with", retrieve.LastName),
            await SearchAsync(channel, header, "Registration", server.Conference.Id, "Starts with", InteropScenario.NoSuchLastName));
        var unregister = await CallAsync("Unregister", InteropScenario.Invitee(server));
        var validateAfter = await ValidateAsync(InteropScenario.Invitee(server));
        factory.Close();

        InteropScenario.AssertAnswered(server, new ScenarioResult(
            new LoginOutcome(login.LoginSuccess, login.ServerURL, !string.IsNullOrEmpty(login.CventSessionHeader), login.ErrorMessage),
            port, register, unregister, recorder.LastRequest, validate, validateAfter, retrieve, search));
        InteropScenario.AssertValidateInviteeRequest(recorder.LastRequest);
    }

    /// <summary>A flag the server left out fails here instead of reading as false.</summary>
    private static ValidateOutcome Decode(ValidateInviteeResult item)
    {
        Assert.True(item.RegisteredSpecified && item.PaidInFullSpecified && item.CheckedInSpecified && item.SuccessSpecified,
            $"ValidateInviteeResult {item.ReferenceId} lacks one of Registered, PaidInFull, CheckedIn, Success.");
        return new ValidateOutcome(item.InviteeID, item.ReferenceId, item.Registered, item.PaidInFull, item.CheckedIn, item.Success,
            [.. (item.Errors ?? []).Select(e => new ErrorOutcome(e.Code!, e.Description!))]);
    }

    /// <summary>Retrieve of one Registration; the serializer builds <see cref="Registration"/> from <c>xsi:type</c>.</summary>
    private static async Task<RetrieveOutcome> RetrieveRegistrationAsync(IV200611Soap channel, CventSessionHeader header, string inviteeId)
    {
        var response = await channel.RetrieveAsync(new RetrieveRequest { CventSessionHeader = header, ObjectType = "Registration", Ids = [inviteeId] });
        var retrieved = Assert.Single(response.RetrieveResult ?? []);
        var registration = retrieved as Registration;
        return new RetrieveOutcome(retrieved.GetType().Name, retrieved.Id, registration?.InviteeId, registration?.EventId, registration?.LastName,
            [.. (registration?.OrderDetail ?? []).Select(o => new OrderOutcome(o.ProductId, o.ProductType, o.Action,
                o.ActionDateSpecified ? o.ActionDate.ToString("s", CultureInfo.InvariantCulture) : null, o.Participant))]);
    }

    /// <summary>An AndSearch on the event and the last name.</summary>
    private static async Task<IReadOnlyList<string>> SearchAsync(
        IV200611Soap channel, CventSessionHeader header, string objectType, string eventId, string lastNameOperator, string? lastName)
    {
        var response = await channel.SearchAsync(new SearchRequest
        {
            CventSessionHeader = header,
            ObjectType = objectType,
            CvSearchObject = new CvSearch
            {
                SearchType = "AndSearch",
                Filter =
                [
                    new Filter { Field = "EventId", Operator = "Equals", Value = eventId },
                    new Filter { Field = "LastName", Operator = lastNameOperator, Value = lastName },
                ],
            },
        });
        return response.SearchResult ?? [];
    }

    [Fact]
    public async Task Wcf_RetrievesASpeakerAndATransaction_AndBuildsEachFromItsXsiType()
    {
        await using var server = await BreakoutServer.StartAsync();
        var (factory, channel, login) = await OpenSoap11Async(server);
        var header = new CventSessionHeader { CventSessionValue = login.CventSessionHeader };
        var speakerId = server.Manifest.Objects.First(o => o.Type == "Speaker").Id;
        var transactionId = server.Manifest.Objects.First(o => o.Type == "Transaction").Id;

        var speaker = Assert.IsType<Speaker>(Assert.Single((await channel.RetrieveAsync(
            new RetrieveRequest { CventSessionHeader = header, ObjectType = "Speaker", Ids = [speakerId] })).RetrieveResult ?? []));
        var transaction = Assert.IsType<Transaction>(Assert.Single((await channel.RetrieveAsync(
            new RetrieveRequest { CventSessionHeader = header, ObjectType = "Transaction", Ids = [transactionId] })).RetrieveResult ?? []));
        factory.Close();

        Assert.Equal((speakerId, "Katherine", "SPK-KEY", server.Conference.Id, true), (speaker.Id, speaker.FirstName, speaker.SpeakerCode, speaker.EventId, speaker.DisplayOnWebsite));
        var keynote = Assert.Single(speaker.AssignedSessions ?? []);
        Assert.Equal((server.Session("KEY").Id, "Opening Keynote"), (keynote.SessionId, keynote.SessionName));
        Assert.Equal((transactionId, "Online Charge", 450m, true), (transaction.Id, transaction.TransactionType, transaction.Amount, transaction.PaidInFull));
        Assert.Equal(server.Conference.Id, transaction.EventId);
    }

    [Fact]
    public async Task Wcf_RetrievesASurveyResponse_AndBuildsItAndItsSurveyDetailsFromTheSchema()
    {
        await using var server = await BreakoutServer.StartAsync();
        var (factory, channel, login) = await OpenSoap11Async(server);
        var responseId = server.Manifest.Objects.First(o => o.Type == "Response").Id;

        var retrieved = Assert.Single((await channel.RetrieveAsync(new RetrieveRequest
        {
            CventSessionHeader = new CventSessionHeader { CventSessionValue = login.CventSessionHeader },
            ObjectType = "Response",
            Ids = [responseId],
        })).RetrieveResult ?? []);
        factory.Close();

        var response = Assert.IsType<Response>(retrieved);
        DeclaredObjectsResult.AssertResponseDecoded(server, new ResponseOutcome(
            retrieved.GetType().Name, response.Id, response.Status,
            [.. (response.SurveyDetail ?? []).Select(d => new SurveyDetailOutcome(
                d.QuestionCode, d.QuestionType, d.QuestionScore.ToString(CultureInfo.InvariantCulture),
                [.. (d.Answer ?? []).Select(a => a.AnswerText)], [.. (d.Answer ?? []).Select(a => a.AnswerComment)]))]));
    }

    [Fact]
    public async Task Wcf_ManageDistributionListMembers_AddsAddsAsPendingAndRemoves_ReadingEachItemsResult()
    {
        await using var server = await BreakoutServer.StartAsync();
        var setup = await ListMembersScenario.PrepareAsync(server);
        var factory = new ChannelFactory<IV200611Soap>(new BasicHttpBinding(), new EndpointAddress(await PortAddressAsync(server, "V200611Soap")));
        var channel = factory.CreateChannel();
        var header = new CventSessionHeader { CventSessionValue = setup.Token };

        async Task<IReadOnlyList<ListMembersScenario.Item>> Manage(ManageDistributionListAction action, params (string Id, string MessageId)[] items) =>
            [.. ((await channel.ManageDistributionListMembersAsync(new ManageDistributionListMembersRequest
            {
                CventSessionHeader = header,
                Action = action,
                DistListId = setup.ListId,
                CvObjects = [.. items.Select(i => new CvObject { Id = i.Id, MessageId = i.MessageId })],
            })).ManageDistributionListMembersResult ?? []).Select(r => new ListMembersScenario.Item(r.Id, r.ReferenceId, r.Success, r.Errors?.FirstOrDefault()?.Code))];

        var calls = new[]
        {
            await Manage(ManageDistributionListAction.Add, (setup.First, "m1"), (setup.First, "m2")),
            await Manage(ManageDistributionListAction.AddasPending, (setup.Second, "m3")),
            await Manage(ManageDistributionListAction.Remove, (setup.First, "m4"), (setup.Second, "m5")),
        };
        factory.Close();

        await ListMembersScenario.AssertAnsweredAsync(server, setup, calls);
    }

    [Fact]
    public async Task Wcf_CopiesTheDemoConference_AndReadsTheNewEventsId()
    {
        await using var server = await BreakoutServer.StartAsync();
        var (factory, channel, login) = await OpenSoap11Async(server);

        var response = await channel.CopyEventAsync(new CopyEventRequest
        {
            CventSessionHeader = new CventSessionHeader { CventSessionValue = login.CventSessionHeader },
            EventId = server.Conference.Id,
            EventParameters =
            [
                new EventParameters { MessageId = "wcf-copy", Title = "Copied by WCF", StartDate = new DateTime(2028, 6, 14, 9, 0, 0, DateTimeKind.Utc), StartDateSpecified = true },
            ],
        });
        factory.Close();

        var item = Assert.Single(response.CopyEventResult?.Items ?? []);
        Assert.Equal(login.CventSessionHeader, response.CventSessionHeader?.CventSessionValue);
        await new CopyEventOutcome(item.Id, item.ReferenceId, item.Success, "Copied by WCF").AssertCopiedAsync(server, "wcf-copy");
    }

    [Fact]
    public async Task Wcf_CreatesATransactionOfTenCents_AndRetrievesItAsADecimal()
    {
        await using var server = await BreakoutServer.StartAsync();
        var (factory, channel, login) = await OpenSoap11Async(server);
        var header = new CventSessionHeader { CventSessionValue = login.CventSessionHeader };
        var invitee = server.AcceptedInvitees.First().Id;

        var created = Assert.Single((await channel.CreateTransactionAsync(new CreateTransactionRequest
        {
            CventSessionHeader = header,
            Transactions = [new Transaction { MessageId = "wcf-1", InviteeId = invitee, TransactionType = "Offline Charge", Amount = 0.10m }],
            EventId = server.Conference.Id,
        })).CreateTransactionResult?.Items ?? []);
        var transaction = Assert.IsType<Transaction>(Assert.Single((await channel.RetrieveAsync(
            new RetrieveRequest { CventSessionHeader = header, ObjectType = "Transaction", Ids = [created.Id!] })).RetrieveResult ?? []));
        factory.Close();

        Assert.Equal((true, "wcf-1"), (created.Success, created.ReferenceId));
        Assert.Equal((invitee, "Offline Charge", 0.10m), (transaction.InviteeId, transaction.TransactionType, transaction.Amount));
        Assert.Equal("0.10", transaction.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A SOAP 1.1 channel to the served WSDL's port, logged in as the demo tenant's API user.</summary>
    private static async Task<(ChannelFactory<IV200611Soap> Factory, IV200611Soap Channel, LoginResult Login)> OpenSoap11Async(BreakoutServer server)
    {
        var factory = new ChannelFactory<IV200611Soap>(new BasicHttpBinding(), new EndpointAddress(await PortAddressAsync(server, "V200611Soap")));
        var channel = factory.CreateChannel();
        var login = (await channel.LoginAsync(new LoginRequest
        {
            AccountNumber = server.Manifest.AccountNumber,
            UserName = server.Manifest.UserName,
            Password = server.Manifest.Password,
        })).LoginResult!;
        return (factory, channel, login);
    }

    private static async Task<string> PortAddressAsync(BreakoutServer server, string port)
    {
        var wsdl = XDocument.Parse(await server.Client.GetStringAsync(server.Endpoint + "?WSDL", TestContext.Current.CancellationToken));
        XNamespace ns = "http://schemas.xmlsoap.org/wsdl/";
        return (string)wsdl.Root!.Element(ns + "service")!.Elements(ns + "port")
            .Single(p => (string?)p.Attribute("name") == port).Elements().Single().Attribute("location")!;
    }
}
