using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>An address-book contact.</summary>
public sealed record ContactRecord(CventId Id, string FirstName, string LastName, string EmailAddress, string Company);
