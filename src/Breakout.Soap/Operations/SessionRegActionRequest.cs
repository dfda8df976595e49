using Breakout.Domain;

namespace Breakout.Soap.Operations;

/// <summary><c>tns:SessionRegAction</c>: the action and product of <c>CvInvitees</c> and its <c>CvInvitee</c> items.</summary>
/// <param name="ItemCount">How many items were sent (items beyond the call limit are counted, not kept).</param>
public sealed record SessionRegActionRequest(SessionRegActionType Action, string? ProductId, IReadOnlyList<SessionRegItem> Items, int ItemCount);
