using System.Xml;
using Breakout.Domain;

namespace Breakout.Soap.Operations;

/// <summary>
/// The request of the calls that add members to a group or remove them (ManageContactGroupMembers,
/// ManageDistributionListMembers, ManageUserGroup): <c>Action</c> and the group's ID element in tns, then the members as
/// <c>s1:CvObjects/CvObject</c>, as sent (the action unparsed; items beyond the call limit counted, not kept).
/// </summary>
internal sealed record ManageRequest(string? Action, string? GroupId, IReadOnlyList<ObjectItem> Items, int Count)
{
    /// <summary>Reads the wrapper the reader is on; <paramref name="groupElement"/> names the group's ID (<c>GroupId</c>, <c>DistListId</c>).</summary>
    public static ManageRequest Read(XmlReader reader, string groupElement)
    {
        string? action = null, groupId = null;
        (List<ObjectItem> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvObjects"))
            {
                items = BatchReading.ReadItems(child, "CvObject");
            }
            else if (child.IsContractElement("Action"))
            {
                action = child.ReadText();
            }
            else if (child.IsContractElement(groupElement))
            {
                groupId = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new ManageRequest(action, groupId, items.Items, items.Count);
    }
}
