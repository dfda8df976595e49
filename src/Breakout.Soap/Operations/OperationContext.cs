using System.Net;

namespace Breakout.Soap.Operations;

/// <summary>Who calls, from where, through which endpoint; <see cref="Caller"/> is null for Login.</summary>
public sealed record OperationContext(SoapVersion Version, string EndpointUrl, IPAddress? RemoteAddress, Caller? Caller, Guid CallId)
{
    /// <summary>Where the operation reports its items and outcomes for metrics, traces and logs; null when not observed.</summary>
    public Telemetry.SoapCall? Call { get; init; }

    /// <summary>Test double: items a watching host answers itself (<see cref="IBatchOperation"/>); null when none.</summary>
    public IItemFaults? ItemFaults { get; init; }
}
