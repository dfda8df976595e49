using Breakout.Admin;

namespace Breakout.Security.Tests;

/// <summary>What a hostile case may build its request from: the demo tenant's credentials and IDs and a live token.</summary>
/// <param name="InviteeId">An accepted invitee no catalogue case registers, so Unregister always answers CV90106.</param>
internal sealed record CaseContext(DemoManifest Manifest, string Token, string SessionId, string InviteeId);
