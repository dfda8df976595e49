using System.Xml;
using Breakout.Domain.Access;
using Breakout.Storage;
using Microsoft.Extensions.Logging;

namespace Breakout.Soap.Operations;

/// <summary>
/// Login. Failure is not a fault: <c>LoginSuccess="false"</c> with Cvent's exact <c>ErrorMessage</c> strings,
/// which clients compare. Success returns this server's endpoint as <c>ServerURL</c> and a new token. Every outcome
/// is logged (<see cref="LoginLog"/>).
/// </summary>
public sealed class LoginOperation(IBreakoutStore store, LoginPolicy policy, TimeProvider time, ILogger<LoginOperation> logger) : IOperation
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
        var (account, name, client) = (login.AccountNumber, login.UserName, context.RemoteAddress);
        var user = await store.FindApiUserAsync(account, name, cancellationToken);
        if (user is null || !user.Active)
        {
            PasswordHash.Verify(login.Password, DummyHash.Value);
            LoginLog.Refused(logger, account, name, client, user is null ? LoginLog.UnknownUser : LoginLog.UserDisabled);
            context.Call?.Login(LoginLog.Clean(account), user is null ? LoginLog.UnknownUser : LoginLog.UserDisabled, user: user); // observability
            return Failure(LoginPolicy.AccessDeniedMessage);
        }

        if (user.LockedUntil is { } until && until > time.GetUtcNow())
        {
            LoginLog.Refused(logger, account, name, client, LoginLog.LockedOut);
            context.Call?.Login(LoginLog.Clean(account), LoginLog.LockedOut, user: user); // observability
            return Failure(LoginPolicy.LockedOutMessage);
        }

        if (!IpAllowList.Parse(user.AllowedIps).Allows(client))
        {
            LoginLog.Refused(logger, account, name, client, LoginLog.AddressNotAllowed);
            context.Call?.Login(LoginLog.Clean(account), LoginLog.AddressNotAllowed, user: user); // observability
            return Failure(LoginPolicy.AccessDeniedMessage);
        }

        if (!PasswordHash.Verify(login.Password, user.PasswordHash))
        {
            var updated = await store.RecordFailedLoginAsync(user.Key, policy, cancellationToken);
            LoginLog.WrongPassword(logger, account, name, client, updated.FailedLogins, policy.MaxFailedLogins);
            if (updated.LockedUntil is { } locked && locked > time.GetUtcNow())
            {
                LoginLog.Locked(logger, account, name, client, locked, updated.FailedLogins);
                context.Call?.Login(LoginLog.Clean(account), LoginLog.WrongPasswordReason, lockedOut: true, user: user); // observability
                return Failure(LoginPolicy.LockedOutMessage);
            }

            context.Call?.Login(LoginLog.Clean(account), LoginLog.WrongPasswordReason, user: user); // observability
            return Failure(LoginPolicy.AccessDeniedMessage);
        }

        var token = SessionToken.Create();
        await store.RecordSuccessfulLoginAsync(user.Key, SessionToken.Hash(token), time.GetUtcNow() + policy.TokenLifetime, cancellationToken);
        LoginLog.Succeeded(logger, account, name, client, user.FailedLogins, user.LockedUntil);
        context.Call?.Login(LoginLog.Clean(account), "success", user: user); // observability
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
