using System.Net.Http.Headers;
using System.Xml;
using Breakout.Domain;
using Breakout.Soap.Operations;
using Breakout.Soap.Telemetry;
using Breakout.Storage;
using Microsoft.Extensions.Logging;

namespace Breakout.Soap;

/// <summary>
/// The SOAP endpoint: version detection, dispatch on the body element's qualified name (the SOAP action is only
/// checked, never trusted), authentication, execution, and the one place where failures become faults.
/// </summary>
public sealed class SoapEndpoint(
    OperationCatalogue catalogue,
    SessionAuthenticator authenticator,
    SoapEndpointOptions options,
    ILogger<SoapEndpoint> logger,
    SoapTelemetry? telemetry = null,
    Idempotency.IdempotentExecution? idempotency = null)
{
    /// <summary>The HTTP header that asks for a dry run (<c>true</c>) and says one was made (docs/dry-run.md).</summary>
    public const string DryRunHeader = "Breakout-Dry-Run";

    private readonly XmlReaderSettings readerSettings = EnvelopeReader.Settings(options.MaxRequestBytes);

    public SoapEndpointOptions Options => options;

    public async Task<SoapHttpResponse> HandleAsync(SoapHttpRequest request, CancellationToken cancellationToken)
    {
        // observability: every call is measured, traced and (Breakout:LogCalls) logged once answered
        if (telemetry is null)
        {
            return await HandleCallAsync(request, null, cancellationToken);
        }

        var call = telemetry.Start(request.RemoteAddress);
        var answered = false;
        try
        {
            var response = await HandleCallAsync(request, call, cancellationToken);
            answered = true;
            telemetry.Finish(call, response.FaultCode, faultMessage: response.FaultMessage);
            return response;
        }
        finally
        {
            if (!answered)
            {
                telemetry.Finish(call, null, cancelled: true);
            }
        }
    }

    private async Task<SoapHttpResponse> HandleCallAsync(SoapHttpRequest request, SoapCall? call, CancellationToken cancellationToken)
    {
        var version = SoapVersion.Soap11;
        try
        {
            var (declared, actionParameter) = ParseContentType(request.ContentType);
            version = declared ?? SoapVersion.Soap11;
            if (request.Body.Length > options.MaxRequestBytes)
            {
                throw new SoapFaultException(CventErrors.RequestTooLarge,
                    $"The request body has {request.Body.Length} bytes; this server accepts at most {options.MaxRequestBytes}.", httpStatus: 413);
            }

            var envelope = EnvelopeReader.Read(request.Body, readerSettings, catalogue, declared, ref version);
            CheckAction(envelope.OperationName, version == SoapVersion.Soap11 ? request.SoapAction : actionParameter ?? request.SoapAction);
            if (call is not null)
            {
                SoapTelemetry.Operation(call, envelope.OperationName); // observability
            }

            if (request.Call is { } watched)
            {
                // test double: the journal and fault rules learn which operation this is
                watched.Operation = envelope.OperationName;
                watched.Request = envelope.Request;
            }

            var operation = envelope.Operation
                ?? throw new SoapFaultException(CventErrors.OperationNotSupported, $"{envelope.OperationName} is part of V200611 but is not supported by this server.");

            // A dry run covers everything the call writes, the API call count included; Login always runs for real
            // (a client that sends the header on every call still gets a session it can use).
            var dryRun = IsDryRun(request.DryRunHeader) && operation.RequiresSession;
            // A key is honoured on calls with a session that are not dry runs (docs/idempotency.md): Login has no
            // account yet, and a dry run neither keeps nor replays a response.
            var idempotencyKey = Idempotency.IdempotentExecution.ParseKey(request.IdempotencyKeyHeader) is { } key && operation.RequiresSession && !dryRun
                ? key
                : null;
            using var dryRunScope = dryRun ? DryRun.Begin() : null;
            var caller = operation.RequiresSession
                ? await authenticator.AuthenticateAsync(envelope.SessionValue, request.RemoteAddress, call, cancellationToken)
                : null;
            if (request.Call is { } watchedCall)
            {
                // test double: a fault rule may delay this call or answer it with a fault
                watchedCall.Caller = caller;
                if (watchedCall.BeforeExecute is { } before)
                {
                    await before(watchedCall, cancellationToken);
                }
            }

            var context = new OperationContext(version, request.EndpointUrl, request.RemoteAddress, caller, RandomGuid.Next())
            {
                Call = call,
                ItemFaults = request.Call?.ItemFaults, // test double
            };
            if (call is not null)
            {
                SoapTelemetry.Context(call, context); // observability
            }

            if (idempotencyKey is not null && idempotency is not null)
            {
                return await idempotency.RunAsync(idempotencyKey, caller!.AccountKey, request.Body, ExecuteAsync, cancellationToken);
            }

            return (await ExecuteAsync(cancellationToken)) with { DryRun = dryRun };

            async Task<SoapHttpResponse> ExecuteAsync(CancellationToken ct)
            {
                var body = await operation.ExecuteAsync(envelope.Request!, context, ct);
                return new SoapHttpResponse(200, EnvelopeWriter.ContentType(version), EnvelopeWriter.Write(version, caller?.SessionValue, body));
            }
        }
        catch (SoapFaultException fault)
        {
            return Fault(version, fault, request.EndpointUrl);
        }
        catch (XmlException ex)
        {
            return Fault(version, SoapFaultException.InvalidRequest($"The request is not well-formed XML: {ex.Message}"), request.EndpointUrl);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (StoreUnavailableException ex)
        {
            logger.LogWarning(ex, "The database is unavailable");
            return Fault(version, new SoapFaultException(CventErrors.DatabaseUnavailable,
                "The database could not be reached. Nothing of this request was applied; send it again once the service is back.", httpStatus: 503),
                request.EndpointUrl);
        }
        catch (CommitOutcomeUnknownException ex)
        {
            var reference = Guid.NewGuid();
            logger.LogError(ex, "Commit outcome unknown, reference {Reference}", reference);
            return Fault(version, new SoapFaultException(CventErrors.OutcomeUnknown,
                "The database connection failed while this request was being committed, and whether it took effect could not be found out. " +
                $"Check its effect (Retrieve, ValidateInvitee) before sending it again. Reference {reference}."), request.EndpointUrl);
        }
        catch (Exception ex)
        {
            var reference = Guid.NewGuid();
            logger.LogError(ex, "Unexpected failure, reference {Reference}", reference);
            return Fault(version, new SoapFaultException(CventErrors.UnknownException,
                $"The server failed unexpectedly; nothing of this request was applied unless its results were returned. Reference {reference}."), request.EndpointUrl);
        }
    }

    /// <summary><c>Breakout-Dry-Run</c>: absent or <c>false</c>, no; <c>true</c>, yes (either case); anything else is refused.</summary>
    private static bool IsDryRun(string? header) =>
        header is null || header.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) ? false
        : header.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) ? true
        : throw new SoapFaultException(CventErrors.InvalidDryRunHeader,
            $"The {DryRunHeader} header must be true or false, not '{(header.Length > 40 ? header[..40] + "…" : header)}'.");

    /// <summary>A fault for a request refused before parsing (for example by the host's size limit).</summary>
    public static SoapHttpResponse Fault(SoapVersion version, SoapFaultException fault, string actor) =>
        new(fault.HttpStatus, EnvelopeWriter.ContentType(version), EnvelopeWriter.WriteFault(version, fault, actor), fault.Error.Code, fault.Detail);

    /// <summary>The SOAP version a Content-Type announces, and its <c>action</c> parameter (SOAP 1.2).</summary>
    public static (SoapVersion? Version, string? Action) ParseContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (null, null);
        }

        // What nearly every SOAP 1.1 client sends, answered without parsing (the parse below gives the same).
        if (contentType.Equals(EnvelopeWriter.ContentType(SoapVersion.Soap11), StringComparison.OrdinalIgnoreCase) ||
            contentType.Equals("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            return (SoapVersion.Soap11, null);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw new SoapFaultException(CventErrors.InvalidSoapRequest, $"Content-Type '{contentType}' cannot be parsed.", httpStatus: 415);
        }

        var action = media.Parameters.FirstOrDefault(p => p.Name.Equals("action", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"');
        return media.MediaType?.ToLowerInvariant() switch
        {
            "text/xml" => (SoapVersion.Soap11, action),
            "application/soap+xml" => (SoapVersion.Soap12, action),
            _ => throw new SoapFaultException(CventErrors.InvalidSoapRequest,
                $"Content-Type '{media.MediaType}' is not SOAP: use text/xml (SOAP 1.1) or application/soap+xml (SOAP 1.2).", httpStatus: 415),
        };
    }

    private static void CheckAction(string operation, string? action)
    {
        var value = action.AsSpan().Trim().Trim('"');
        if (!value.IsEmpty && !SoapNamespaces.IsActionOf(value, operation))
        {
            throw new SoapFaultException(CventErrors.ActionMismatch,
                $"The SOAP action '{value}' does not match the body's operation {operation} (expected '{SoapNamespaces.ActionOf(operation)}').");
        }
    }
}
