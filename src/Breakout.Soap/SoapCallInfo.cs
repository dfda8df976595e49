using Breakout.Soap.Operations;

namespace Breakout.Soap;

/// <summary>
/// What a host watching calls (the test double's journal and fault rules) learns of one call, filled in by
/// <see cref="SoapEndpoint"/> as it goes: the operation once the body is read, the caller once authenticated.
/// </summary>
public sealed class SoapCallInfo
{
    public string? Operation { get; set; }

    /// <summary>The operation's parsed request (for Login, a <see cref="LoginRequest"/>).</summary>
    public object? Request { get; set; }

    public Caller? Caller { get; set; }

    /// <summary>
    /// Runs once the caller is known, just before the operation; it may delay, or throw a
    /// <see cref="SoapFaultException"/>, which is answered like any other fault.
    /// </summary>
    public Func<SoapCallInfo, CancellationToken, ValueTask>? BeforeExecute { get; init; }

    /// <summary>Set by <see cref="BeforeExecute"/>: items of a batch the host answers itself (<see cref="IItemFaults"/>).</summary>
    public IItemFaults? ItemFaults { get; set; }
}
