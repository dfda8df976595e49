using Breakout.Domain;

namespace Breakout.Bench;

/// <summary>
/// The peer's implementation: maps the serializer's objects to a <see cref="SessionRegCommand"/> and calls the same
/// <c>IBreakoutStore.SessionRegActionAsync</c> Breakout calls, or, without storage, answers every item with success.
/// It does not look up a session token (SoapCore has no header hook this simple), which favours the peer.
/// </summary>
internal sealed class CventSessionRegApi(PeerStorage storage) : ICventSessionRegApi
{
    public async Task<PeerResult[]> SessionRegActionAsync(PeerInvitees invitees)
    {
        if (storage.Store is null)
        {
            return [.. invitees.Items.Select(i => new PeerResult { Id = i.Id, ReferenceId = i.MessageId, Success = true })];
        }

        var action = invitees.SessionRegActionType == "Unregister" ? SessionRegActionType.Unregister : SessionRegActionType.Register;
        var items = invitees.Items.Select(i => new SessionRegItem(i.Id, i.ConfirmationNumber, i.MessageId)).ToList();
        var results = await storage.Store.SessionRegActionAsync(
            new SessionRegCommand(storage.AccountKey, storage.ApiUserKey, Guid.NewGuid(), action, invitees.ProductId, items));
        return [.. results.Select(r => new PeerResult
        {
            Id = r.Id,
            ReferenceId = r.ReferenceId,
            Success = r.Success,
            Errors = r.Error is { } e ? [new PeerError { Code = e.Code, Description = e.Description }] : null,
        })];
    }
}
