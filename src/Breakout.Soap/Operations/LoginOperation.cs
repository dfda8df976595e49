using System.Xml;
using Breakout.Domain.Access;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// Login. Failure is not a fault: <c>LoginSuccess="false"</c> with Cvent's exact <c>ErrorMessage</c> strings,
/// which clients compare. Success returns this server's endpoint as <c>ServerURL</c> and a new token.
/// </summary>
public sealed class LoginOperation(IBreakoutStore store, LoginPolicy policy, TimeProvider time) : IOperation
{
    // Verified against when the user does not exist, so that answering takes as long as for a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => PasswordHash.Create(Guid.NewGuid().ToString()));

    public string Name => "Login";

    public bool RequiresSession => false;

    public object ReadRequest(XmlReader reader)
    {
        string accountNumber = "", userName = "", password = "";
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("AccountNumber"))
            {
                accountNumber = child.ReadText();
            }
            else if (child.IsContractElement("UserName"))
            {
                userName = child.ReadText();
            }
            else if (child.IsContractElement("Password"))
            {
                password = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new LoginRequest(accountNumber.Trim(), userName.Trim(), password);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var login = (LoginRequest)request;
        var user = await store.FindApiUserAsync(login.AccountNumber, login.UserName, cancellationToken);
        if (user is null || !user.Active)
        {
            PasswordHash.Verify(login.Password, DummyHash.Value);
            return Failure(LoginPolicy.AccessDeniedMessage);
        }

        if (user.LockedUntil is { } until && until > time.GetUtcNow())
        {
            return Failure(LoginPolicy.LockedOutMessage);
        }

        if (!IpAllowList.Parse(user.AllowedIps).Allows(context.RemoteAddress))
        {
            return Failure(LoginPolicy.AccessDeniedMessage);
        }

        if (!PasswordHash.Verify(login.Password, user.PasswordHash))
        {
            var updated = await store.RecordFailedLoginAsync(user.Key, policy, cancellationToken);
            return Failure(updated.LockedUntil is { } locked && locked > time.GetUtcNow()
                ? LoginPolicy.LockedOutMessage
                : LoginPolicy.AccessDeniedMessage);
        }

        var token = SessionToken.Create();
        await store.RecordSuccessfulLoginAsync(user.Key, SessionToken.Hash(token), time.GetUtcNow() + policy.TokenLifetime, cancellationToken);
        return writer => WriteResult(writer, true, context.EndpointUrl, token, null);
    }

    private static Action<XmlWriter> Failure(string message) => writer => WriteResult(writer, false, null, null, message);

    private static void WriteResult(XmlWriter writer, bool success, string? serverUrl, string? token, string? errorMessage)
    {
        writer.WriteStartElement("LoginResponse", SoapNamespaces.Tns);
        writer.WriteStartElement("LoginResult", SoapNamespaces.S1);
        writer.WriteAttributeString("LoginSuccess", success ? "true" : "false");
        if (serverUrl is not null)
        {
            writer.WriteAttributeString("ServerURL", serverUrl);
        }

        if (token is not null)
        {
            writer.WriteAttributeString("CventSessionHeader", token);
        }

        if (errorMessage is not null)
        {
            writer.WriteAttributeString("ErrorMessage", errorMessage);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
