using System.Xml;
using Breakout.Domain;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Objects;
using Breakout.Domain.Users;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CreateUser and UpdateUser (one class, two catalogue entries): up to 200 <c>Users/User</c> whose scalar fields are
/// attributes and whose <c>UserGroupDetail</c> children add the user to user groups. These are the account's planner
/// users (the User object), never API users: nothing here can create a login for this API. <c>CustomFieldDetail</c>
/// children set values of the account's user custom fields, <c>VisibilityDefaults</c> children add the user groups that
/// see what the user creates (#17).
/// </summary>
public sealed class SaveUsersOperation(IBreakoutStore store, bool create) : IBatchOperation
{
    private sealed record Request(IReadOnlyList<UserInput> Users, int Count);

    public string Name => create ? "CreateUser" : "UpdateUser";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var (users, count) = BatchReading.ReadWrappedArray(reader, "Users", "User", ReadUser);
        return new Request(users, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "User", call.Count, create ? CventErrors.ExceedCreateUserLimit : CventErrors.ExceedUpdateUserLimit);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Users,
            user => InjectedItemErrors.Fields(user.Id, user.MessageId, user.Attributes),
            users => store.SaveUsersAsync(new SaveUsersCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, create, users), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, Name + "Result", results);
    }

    private static UserInput ReadUser(XmlReader reader)
    {
        var (id, messageId, attributes) = ItemAttributes.Read(reader, name => name == UserRules.Password || UserObject.Descriptor.Field(name) is not null);
        var groups = new List<string?>();
        var fields = new List<CustomFieldValueInput>();
        var visibility = new List<VisibilityDefaultInput>();
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("UserGroupDetail") && !child.IsNil())
            {
                groups.Add(child.Attribute("UserGroupId"));
            }
            else if (child.IsContractElement("CustomFieldDetail") && !child.IsNil())
            {
                fields.Add(CustomFieldDetailReading.Read(child));
            }
            else if (child.IsContractElement("VisibilityDefaults") && !child.IsNil())
            {
                visibility.Add(new VisibilityDefaultInput(child.Attribute("UserGroupId"), child.Attribute("VisibilityType")));
            }

            child.Skip();
        });
        return new UserInput(id, messageId, attributes, groups) { CustomFields = fields, VisibilityDefaults = visibility };
    }
}
