namespace Breakout.Domain.Lists;

/// <summary>
/// What ManageContactGroupMembers (<c>ManageGroupAction</c>: Add, Remove) and ManageDistributionListMembers
/// (<c>ManageDistributionListAction</c>: Add, Add as Pending, Remove) do with each contact.
/// </summary>
public enum ListMemberAction
{
    Add,

    /// <summary>Adds the contact as a member not approved yet (<c>DistributionListDetail.Approved</c> false).</summary>
    AddAsPending,

    Remove,
}
