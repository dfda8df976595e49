namespace Breakout.Soap.Operations;

/// <summary><c>tns:Login</c>: all three children optional strings, in any order.</summary>
public sealed record LoginRequest(string AccountNumber, string UserName, string Password);
