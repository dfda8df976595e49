using System.Xml.Linq;
using Breakout.Soap.Operations;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.TestDouble;

/// <summary>
/// Item-error fault rules on every operation that answers item by item: a matching item is answered with the rule's
/// error and not run, matched by its own fields, its content (a contact's <c>EmailAddress</c>) or its call's.
/// </summary>
public sealed class BatchItemErrorTests(TestModeServerFixture fixture) : IClassFixture<TestModeServerFixture>
{
    private const string Injected = "injected";

    /// <summary>Every batch operation with one item whose <c>MessageId</c> is <see cref="Injected"/>; EVENT stands for the demo conference.</summary>
    public static TheoryData<string, string> OneItemCalls => new()
    {
        { "SessionRegAction", "<CvInvitees SessionRegActionType=\"Register\" ProductId=\"EVENT\"><CvInvitee MessageId=\"injected\" /></CvInvitees>" },
        { "CheckIn", "<CvObjects><CvObject MessageId=\"injected\" /></CvObjects><AttendeeType>Event</AttendeeType><ProductId>EVENT</ProductId><UndoCheckIn>false</UndoCheckIn>" },
        { "CreateContact", "<Contacts><Contact MessageId=\"injected\" LastName=\"Never\" /></Contacts>" },
        { "UpdateContact", "<Contacts><Contact MessageId=\"injected\" LastName=\"Never\" /></Contacts>" },
        { "UpsertContact", "<Contacts><Contact MessageId=\"injected\" LastName=\"Never\" /></Contacts>" },
        { "DeleteContact", "<CvObjects><CvObject MessageId=\"injected\" /></CvObjects>" },
        { "CreateContactGroup", "<ContactGroups><ContactGroup MessageId=\"injected\" Name=\"Never\" /></ContactGroups>" },
        { "CreateDistributionList", "<DistributionLists><DistributionList MessageId=\"injected\" Name=\"Never\" /></DistributionLists>" },
        { "ManageContactGroupMembers", "<Action>Add</Action><GroupId>EVENT</GroupId><CvObjects><CvObject MessageId=\"injected\" /></CvObjects>" },
        { "ManageDistributionListMembers", "<Action>Add</Action><DistListId>EVENT</DistListId><CvObjects><CvObject MessageId=\"injected\" /></CvObjects>" },
        { "CreateUser", "<Users><User MessageId=\"injected\" /></Users>" },
        { "UpdateUser", "<Users><User MessageId=\"injected\" /></Users>" },
        { "DeleteUser", "<CvObjects><CvObject MessageId=\"injected\" /></CvObjects>" },
        { "ManageUserGroup", "<Action>Add</Action><GroupId>EVENT</GroupId><CvObjects><CvObject MessageId=\"injected\" /></CvObjects>" },
        { "CreateNoRegEvent", "<EventParameters><EventParameters MessageId=\"injected\" /></EventParameters>" },
        { "UpdateEventParameters", "<eventParams><EventParameters MessageId=\"injected\" /></eventParams>" },
        { "CopyEvent", "<EventId>EVENT</EventId><EventParameters><EventParameters MessageId=\"injected\" /></EventParameters>" },
        { "SendEmail", "<EmailRequest ActivityType=\"Event\" ActivityId=\"EVENT\" EmailTemplateName=\"CustomEmail\"><RecipientId><CvObject MessageId=\"injected\" /></RecipientId></EmailRequest>" },
        { "CreateCustomField", "<CustomFieldCategory>ContactCustomField</CustomFieldCategory><CustomFields><EntityCustomField MessageId=\"injected\" /></CustomFields>" },
        { "UpdateCustomField", "<CustomFields><EntityCustomField MessageId=\"injected\" /></CustomFields>" },
        { "CreateSurveyAnswer", "<SurveyId>EVENT</SurveyId><RespondentStatus>Complete Response</RespondentStatus><CvAnswers><CvAnswer MessageId=\"injected\" /></CvAnswers>" },
        { "CreatePostEventFeedback", "<EventId>EVENT</EventId><CvAnswers><CvAnswer MessageId=\"injected\" /></CvAnswers>" },
        { "CreateTransaction", "<Transactions><Transaction MessageId=\"injected\" TransactionType=\"Offline Charge\" Amount=\"1\" /></Transactions><EventId>EVENT</EventId>" },
        { "SimpleEventRegistration", "<CvObjects><CvObject MessageId=\"injected\" /></CvObjects><RegAction>Register</RegAction><EventId>EVENT</EventId>" },
        { "TransferInvitee", "<CvObjects><CvObject MessageId=\"injected\" /></CvObjects><ActivityType>Event</ActivityType><ActivityId>EVENT</ActivityId>" },
        { "UpdateGuestInfo", "<EventId>EVENT</EventId><Guests><Guest MessageId=\"injected\" /></Guests>" },
        { "UpdateInviteeInternalInfo", "<EventId>EVENT</EventId><CvAnswers><CvAnswer MessageId=\"injected\" /></CvAnswers>" },
        { "UpdateRegistrationType", "<EventId>EVENT</EventId><Registrations><Registration MessageId=\"injected\" /></Registrations>" },
        { "CreateSession", "<EventId>EVENT</EventId><sessions><Session MessageId=\"injected\" /></sessions>" },
        { "UpdateSession", "<EventId>EVENT</EventId><sessions><Session MessageId=\"injected\" /></sessions>" },
    };

    [Theory]
    [MemberData(nameof(OneItemCalls))]
    public async Task ItemErrorRule_AnswersTheMatchingItem_OfEveryBatchOperation(string operation, string content)
    {
        var server = fixture.Server;
        var rule = $"item-{operation}";
        await server.AddFaultAsync(new { id = rule, operation, fields = new Dictionary<string, string> { ["MessageId"] = Injected }, itemError = "CV10001" });
        try
        {
            var body = $"<{operation} xmlns=\"{SoapEnvelopes.Tns}\">{content.Replace("EVENT", server.Conference.Id, StringComparison.Ordinal)}</{operation}>";
            var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(fixture.Token, body), SoapEnvelopes.Action(operation));

            Assert.True(reply.Status == 200, reply.Body);
            var result = Assert.Single(XDocument.Parse(reply.Body).Descendants(), e => (string?)e.Attribute("ReferenceId") == Injected);
            Assert.Equal("false", (string?)result.Attribute("Success"));
            Assert.Null(result.Attribute("Id"));
            var error = Assert.Single(result.Descendants(SoapEnvelopes.S1 + "Error"));
            Assert.Equal("CV10001", (string?)error.Attribute("Code"));
            var (_, rules) = await server.AdminGetAsync("faults");
            Assert.Equal(1, rules.EnumerateArray().Single(r => r.GetProperty("rule").GetProperty("id").GetString() == rule).GetProperty("fired").GetInt32());
        }
        finally
        {
            Assert.Equal(204, await server.AdminDeleteAsync($"faults/{rule}"));
        }
    }

    [Fact]
    public void TheTheory_CoversEveryOperationThatAnswersItemByItem()
    {
        var batches = fixture.Server.Services.GetRequiredService<OperationCatalogue>().Implemented.OfType<IBatchOperation>().Select(o => o.Name);

        Assert.Equal(batches.Order(StringComparer.Ordinal), OneItemCalls.Select(row => row.Data.Item1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ItemErrorByEmailAddress_OnCreateContact_RefusesThatContact_AndCreatesTheOther()
    {
        var server = fixture.Server;
        var (refused, created) = ($"refused-{Guid.NewGuid():N}@example.com", $"created-{Guid.NewGuid():N}@example.com");
        await server.AddFaultAsync(new
        {
            id = "email-refused",
            operation = "CreateContact",
            fields = new Dictionary<string, string> { ["EmailAddress"] = refused.ToUpperInvariant() },
            itemError = "CV40104",
        });
        try
        {
            var reply = await server.CallAsync(fixture.Token, "CreateContact",
                $"<CreateContact xmlns=\"{SoapEnvelopes.Tns}\"><Contacts>" +
                $"<Contact xmlns=\"{SoapEnvelopes.S1}\" MessageId=\"c1\" LastName=\"Refused\" EmailAddress=\"{refused}\" />" +
                $"<Contact xmlns=\"{SoapEnvelopes.S1}\" MessageId=\"c2\" LastName=\"Created\" EmailAddress=\"{created}\" /></Contacts></CreateContact>");

            Assert.True(reply.Status == 200, reply.Body);
            Assert.Contains(
                """
                        <CreateContactResult ReferenceId="c1" Success="false">
                          <Errors>
                            <Error Code="CV40104" Description="Contact already exists" />
                          </Errors>
                        </CreateContactResult>
                        <CreateContactResult Id="
                """.ReplaceLineEndings("\n").TrimEnd('\n'),
                reply.Body,
                StringComparison.Ordinal);
            Assert.Empty(await FindByEmailAsync(refused));
            Assert.Single(await FindByEmailAsync(created));
        }
        finally
        {
            await server.AdminDeleteAsync("faults/email-refused");
        }
    }

    [Fact]
    public async Task ItemErrorById_OnDeleteContact_KeepsThatContact_AndDeletesTheOther()
    {
        var server = fixture.Server;
        var (kept, deleted) = (await CreateContactAsync("Kept"), await CreateContactAsync("Deleted"));
        await server.AddFaultAsync(new { id = "keep", operation = "DeleteContact", fields = new Dictionary<string, string> { ["Id"] = kept }, itemError = "CV40110" });
        try
        {
            var reply = await server.CallAsync(fixture.Token, "DeleteContact",
                $"<DeleteContact xmlns=\"{SoapEnvelopes.Tns}\"><CvObjects><CvObject Id=\"{kept}\" MessageId=\"d1\" /><CvObject Id=\"{deleted}\" MessageId=\"d2\" /></CvObjects></DeleteContact>");

            Assert.True(reply.Status == 200, reply.Body);
            Assert.Contains(
                $"""
                        <DeleteContactResult Id="{kept}" ReferenceId="d1" Success="false">
                          <Errors>
                            <Error Code="CV40110" Description="ID is not valid" />
                          </Errors>
                        </DeleteContactResult>
                        <DeleteContactResult Id="{deleted}" ReferenceId="d2" Success="true" />
                """.ReplaceLineEndings("\n"),
                reply.Body,
                StringComparison.Ordinal);
            Assert.Single(ObjectCalls.Objects(await server.CallAsync(fixture.Token, "Retrieve", ObjectCalls.Retrieve("Contact", kept))));
            Assert.Empty(ObjectCalls.Objects(await server.CallAsync(fixture.Token, "Retrieve", ObjectCalls.Retrieve("Contact", deleted))));
        }
        finally
        {
            await server.AdminDeleteAsync("faults/keep");
        }
    }

    [Fact]
    public async Task ItemErrorByTheCallsEventId_OnSimpleEventRegistration_AnswersEveryItemOfThatEvent_WithoutRunningAny()
    {
        var server = fixture.Server;
        var invitee = server.AcceptedInvitees.Last().Id;
        await server.AddFaultAsync(new
        {
            id = "event-closed",
            operation = "SimpleEventRegistration",
            fields = new Dictionary<string, string> { ["EventId"] = server.Conference.Id, ["RegAction"] = "Cancel" },
            itemError = "CV50101",
            itemErrorDescription = "Injected: cancellation refused.",
        });
        try
        {
            var reply = await server.CallAsync(fixture.Token, "SimpleEventRegistration",
                $"<SimpleEventRegistration xmlns=\"{SoapEnvelopes.Tns}\"><CvObjects><CvObject Id=\"{invitee}\" MessageId=\"s1\" /></CvObjects>" +
                $"<RegAction>Cancel</RegAction><EventId>{server.Conference.Id}</EventId></SimpleEventRegistration>");

            Assert.True(reply.Status == 200, reply.Body);
            Assert.Contains(
                $"""
                        <SimpleEventRegistrationResult Id="{invitee}" ReferenceId="s1" Success="false">
                          <Errors>
                            <Error Code="CV50101" Description="Injected: cancellation refused." />
                          </Errors>
                        </SimpleEventRegistrationResult>
                """.ReplaceLineEndings("\n"),
                reply.Body,
                StringComparison.Ordinal);
            var status = ObjectCalls.Objects(await server.CallAsync(fixture.Token, "Retrieve", ObjectCalls.Retrieve("Invitee", invitee)));
            Assert.Equal("Accepted", (string?)Assert.Single(status).Attribute("Status"));
        }
        finally
        {
            await server.AdminDeleteAsync("faults/event-closed");
        }
    }

    private async Task<string> CreateContactAsync(string lastName)
    {
        var reply = await fixture.Server.CallAsync(fixture.Token, "CreateContact",
            $"<CreateContact xmlns=\"{SoapEnvelopes.Tns}\"><Contacts><Contact xmlns=\"{SoapEnvelopes.S1}\" LastName=\"{lastName}\" /></Contacts></CreateContact>");
        return (string)XDocument.Parse(reply.Body).Descendants(SoapEnvelopes.S1 + "CreateContactResult").Single(e => e.Attribute("Id") is not null).Attribute("Id")!;
    }

    private async Task<IReadOnlyList<string>> FindByEmailAsync(string email) =>
        ObjectCalls.Ids(await fixture.Server.CallAsync(fixture.Token, "Search",
            ObjectCalls.Search("Contact", null, ObjectCalls.Filter("EmailAddress", "Equals", email))), "Search");
}
