namespace Breakout.Domain.Email;

/// <summary>What an event e-mail says about its invitee and event.</summary>
public sealed record EmailRecipient(string FirstName, string LastName, string ConfirmationNumber, string EventTitle, string EventCode);
