using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// Retrieve: the objects of one served type by ID, at most 200 IDs a call. IDs that are unknown, of another account or
/// of another type are left out of the answer (Cvent does not document this case; a client compares what it asked
/// with what it got). No ID is CV20018, more than 200 CV20021, an ID that is not a GUID CV20001, each failing the
/// whole call.
/// </summary>
public sealed class RetrieveOperation(IBreakoutStore store) : IOperation
{
    private sealed record Request(string? ObjectType, List<string> Ids);

    public string Name => "Retrieve";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? objectType = null;
        var ids = new List<string>();
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("ObjectType"))
            {
                objectType = child.ReadText();
            }
            else if (child.IsContractElement("Ids"))
            {
                ids.AddRange(CvObjectReading.ReadList(child, "Id"));
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(objectType, ids);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        var type = CvObjectReading.ServedType(call.ObjectType);
        if (call.Ids.Count == 0)
        {
            throw new SoapFaultException(CventErrors.NoIdProvided, "Retrieve needs at least one Id in Ids.");
        }

        if (call.Ids.Count > CvObjectLimits.MaxRetrieveIds)
        {
            throw new SoapFaultException(CventErrors.TooManyIdsProvided,
                $"Retrieve takes at most {CvObjectLimits.MaxRetrieveIds} IDs; the request has {call.Ids.Count}.");
        }

        var ids = new List<CventId>(call.Ids.Count);
        foreach (var text in call.Ids)
        {
            ids.Add(CventId.TryParse(text, out var id) ? id : throw new SoapFaultException(CventErrors.MalformedId, $"'{text}' is not a GUID."));
        }

        var records = await store.RetrieveAsync(context.Caller!.AccountKey, type, ids, cancellationToken);
        return writer =>
        {
            writer.WriteStartElement("RetrieveResponse", SoapNamespaces.Tns);
            writer.WriteStartElement("RetrieveResult", SoapNamespaces.S1);
            foreach (var record in records)
            {
                CvObjectWriter.WriteObject(writer, type, record);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        };
    }
}
