using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;

namespace Interop.Tests.Wcf;

/// <summary>Adds the Idempotency-Key HTTP header to the calls made while <see cref="Key"/> is set.</summary>
public sealed class IdempotencyKeyInspector : IEndpointBehavior, IClientMessageInspector
{
    /// <summary>The key of this async flow's calls: a new one for each new request, the same for its retries.</summary>
    public static readonly AsyncLocal<string?> Key = new();

    public object? BeforeSendRequest(ref Message request, IClientChannel channel)
    {
        if (Key.Value is { } key)
        {
            if (!request.Properties.TryGetValue(HttpRequestMessageProperty.Name, out var property))
            {
                property = new HttpRequestMessageProperty();
                request.Properties.Add(HttpRequestMessageProperty.Name, property);
            }

            ((HttpRequestMessageProperty)property).Headers["Idempotency-Key"] = key;
        }

        return null;
    }

    public void AfterReceiveReply(ref Message reply, object? correlationState)
    {
    }

    public void ApplyClientBehavior(ServiceEndpoint endpoint, ClientRuntime clientRuntime) => clientRuntime.ClientMessageInspectors.Add(this);

    public void AddBindingParameters(ServiceEndpoint endpoint, BindingParameterCollection bindingParameters)
    {
    }

    public void ApplyDispatchBehavior(ServiceEndpoint endpoint, EndpointDispatcher endpointDispatcher)
    {
    }

    public void Validate(ServiceEndpoint endpoint)
    {
    }
}
