using Breakout.Domain.Email;
using Breakout.Domain.Events;

namespace Breakout.Domain.Tests;

public sealed class EventEmailsTests
{
    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData("ada.lovelace+events@mail.example.co.uk", true)]
    [InlineData("ada@localhost", true)]
    [InlineData("", false)]
    [InlineData("ada", false)]
    [InlineData("@example.com", false)]
    [InlineData("ada@", false)]
    [InlineData("ada@@example.com", false)]
    [InlineData("ada lovelace@example.com", false)]
    [InlineData("Ada <ada@example.com>", false)]
    [InlineData("ada@example.com,bob@example.com", false)]
    public void IsValidAddress_TakesOneBareAddress(string address, bool valid) =>
        Assert.Equal(valid, EventEmails.IsValidAddress(address));

    [Fact]
    public void IsValidAddress_RefusesAnAddressLongerThanAnSmtpPath() =>
        Assert.False(EventEmails.IsValidAddress(new string('a', 250) + "@x.io"));

    [Fact]
    public void CheckCall_ReportsTheActivityBeforeTheTemplate_AndTheCustomNameLast()
    {
        var id = Guid.NewGuid().ToString();

        Assert.Equal("CV91106", EventEmails.CheckCall(ActivityType.Survey, null, EmailTemplate.SurveyInvitation, null)?.Code);
        Assert.Equal("CV91101", EventEmails.CheckCall(ActivityType.Event, " ", EmailTemplate.SurveyInvitation, null)?.Code);
        Assert.Equal("CV91102", EventEmails.CheckCall(ActivityType.Event, "x", EmailTemplate.SurveyInvitation, null)?.Code);
        Assert.Equal("CV91103", EventEmails.CheckCall(ActivityType.Event, id, EmailTemplate.SurveyCustomEmail, null)?.Code);
        Assert.Equal("CV91101", EventEmails.CheckCall(ActivityType.Event, id, EmailTemplate.CustomDeclineeMessage, "")?.Code);
        Assert.Equal("CV91102", EventEmails.CheckCall(ActivityType.Event, id, EmailTemplate.CustomEmail, new string('n', 201))?.Code);
        Assert.Equal("CV91102", EventEmails.CheckCall(ActivityType.Event, id, EmailTemplate.CustomEmail, "Subject\r\nBcc: someone@example.com")?.Code);
        Assert.Null(EventEmails.CheckCall(ActivityType.Event, id, EmailTemplate.CustomEmail, new string('n', 200)));
        Assert.Null(EventEmails.CheckCall(ActivityType.Event, id, EmailTemplate.Regret, null));
    }

    [Fact]
    public void Render_AddressesTheInvitee_AndACustomTemplateIsSubjectedByItsName()
    {
        var recipient = new EmailRecipient("Ada", "Lovelace", "BRK000001", "Analytical Summit", "AS27");

        var (subject, body) = EventEmails.Render(EmailTemplate.RegistrationConfirmation, null, recipient);
        var custom = EventEmails.Render(EmailTemplate.CustomEmail, " Shuttle times ", recipient);

        Assert.Equal("Registration confirmation: Analytical Summit", subject);
        Assert.StartsWith("Dear Ada Lovelace,\r\n", body, StringComparison.Ordinal);
        Assert.Contains("Confirmation number: BRK000001", body, StringComparison.Ordinal);
        Assert.Equal("Shuttle times", custom.Subject);
        Assert.All(Enum.GetValues<EmailTemplate>(), t => Assert.False(string.IsNullOrWhiteSpace(EventEmails.Render(t, "Name", recipient).Subject)));
    }
}
