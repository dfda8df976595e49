using System.Globalization;
using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// DescribeGlobal: the account's limits. <c>MaxAPICalls</c> and <c>CurrentAPICalls</c> report the daily quota and the
/// account's calls today, this one included (when the quota is off, the maximum is reported as 2147483647 and calls are
/// counted all the same, by <see cref="ApiCallCounter"/>); <c>MaxBatchSize</c> is the 200-item
/// limit of every batch call. <c>CvObjectTypes</c> lists the object types Retrieve, Search, GetUpdated and
/// DescribeCvObject serve, in catalogue order. <c>LookUps</c> lists the account's custom fields (imported
/// EntityCustomField definitions), one <c>LookUp</c> each: <c>Type</c> its category (<c>ContactCustomField</c>, as
/// Cvent types them), <c>Id</c>, <c>Name</c> and <c>Code</c>; an account without custom fields gets no <c>LookUps</c>.
/// </summary>
public sealed class DescribeGlobalOperation(IBreakoutStore store, ApiQuota quota, ApiCallCounter counter, CvObjectLimits limits, TimeProvider time) : IOperation
{
    public string Name => "DescribeGlobal";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        reader.Skip();
        return this;
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var day = quota.DayOf(time.GetUtcNow());
        var current = quota.Enabled
            ? await store.GetApiCallsAsync(context.Caller!.AccountKey, day, cancellationToken)
            : await counter.CurrentAsync(context.Caller!.AccountKey, day, cancellationToken);
        var max = quota.Enabled ? quota.DailyLimit : int.MaxValue;
        var lookUps = await store.ListLookUpsAsync(context.Caller!.AccountKey, cancellationToken);
        return writer =>
        {
            writer.WriteStartElement("DescribeGlobalResponse", SoapNamespaces.Tns);
            writer.WriteStartElement("DescribeGlobalResult", SoapNamespaces.S1);
            writer.WriteAttributeString("MaxAPICalls", max.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("CurrentAPICalls", current.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("MaxBatchSize", SessionRegLimits.MaxItemsPerCall.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("MaxRecordSet", limits.MaxSearchResults.ToString(CultureInfo.InvariantCulture));
            foreach (var type in CvObjectCatalogue.All)
            {
                writer.WriteElementString("CvObjectTypes", SoapNamespaces.S1, type.Name);
            }

            if (lookUps.Count > 0)
            {
                writer.WriteStartElement("LookUps", SoapNamespaces.S1);
                foreach (var lookUp in lookUps)
                {
                    writer.WriteStartElement("LookUp", SoapNamespaces.S1);
                    writer.WriteAttributeString("Type", lookUp.Type);
                    writer.WriteElementString("Id", SoapNamespaces.S1, lookUp.Id);
                    writer.WriteElementString("Name", SoapNamespaces.S1, lookUp.Name);
                    writer.WriteElementString("Code", SoapNamespaces.S1, lookUp.Code);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        };
    }
}
