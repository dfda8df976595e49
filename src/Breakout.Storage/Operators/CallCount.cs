namespace Breakout.Storage.Operators;

/// <summary>
/// Calls of an account (null: tied to none) on a day (<see cref="Domain.Access.ApiQuota.DayOf"/>) for one operation and
/// result: <c>success</c>, <c>item_errors</c>, <c>refused</c> (Login), <c>fault</c> with its <paramref name="Code"/>, or
/// <c>cancelled</c>. <paramref name="Code"/> is empty unless the call faulted.
/// </summary>
public sealed record CallCount(long? AccountKey, int Day, string Operation, string Result, string Code, long Calls);
