using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;

namespace Interop.Tests.Wcf;

/// <summary>Keeps the last envelope the WCF client sent, so a test can check its wire shape (node-soap's <c>lastRequest</c>).</summary>
public sealed class RequestRecorder : IEndpointBehavior, IClientMessageInspector
{
    public string? LastRequest { get; private set; }

    public object? BeforeSendRequest(ref Message request, System.ServiceModel.IClientChannel channel)
    {
        using var buffer = request.CreateBufferedCopy(int.MaxValue);
        request = buffer.CreateMessage();
        LastRequest = buffer.CreateMessage().ToString();
        return null;
    }

    public void AfterReceiveReply(ref Message reply, object correlationState)
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
