using Breakout.Storage;

namespace Breakout.Bench;

/// <summary>The store the peer calls (null: no storage), and the demo account and user it acts as.</summary>
internal sealed record PeerStorage(IBreakoutStore? Store, long AccountKey, long ApiUserKey);
