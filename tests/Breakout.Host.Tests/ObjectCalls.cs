using System.Xml.Linq;
using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>Raw request bodies and answer readers of Retrieve, Search, GetUpdated, GetDeleted and DescribeCvObject.</summary>
internal static class ObjectCalls
{
    public const string Tns = "http://api.cvent.com/2006-11";
    public const string S1 = "http://schemas.cvent.com/api/2006-11";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string Retrieve(string type, params string[] ids) =>
        $"<Retrieve xmlns=\"{Tns}\"><ObjectType>{type}</ObjectType><Ids xmlns=\"{S1}\">{string.Concat(ids.Select(i => $"<Id>{i}</Id>"))}</Ids></Retrieve>";

    public static string Search(string type, string? searchType, params string[] filters) =>
        $"<Search xmlns=\"{Tns}\"><ObjectType>{type}</ObjectType><CvSearchObject xmlns=\"{S1}\"" +
        (searchType is null ? "" : $" SearchType=\"{searchType}\"") + $">{string.Concat(filters)}</CvSearchObject></Search>";

    public static string Filter(string field, string op, params string[] values) =>
        op is "Includes" or "Excludes"
            ? $"<Filter><Field>{field}</Field><Operator>{op}</Operator><ValueArray>{string.Concat(values.Select(v => $"<Value>{v}</Value>"))}</ValueArray></Filter>"
            : $"<Filter><Field>{field}</Field><Operator>{op}</Operator><Value>{values.Single()}</Value></Filter>";

    public static string Window(string operation, string type, string? start, string? end) =>
        $"<{operation} xmlns=\"{Tns}\"><ObjectType>{type}</ObjectType>" +
        (start is null ? "" : $"<StartDate>{start}</StartDate>") + (end is null ? "" : $"<EndDate>{end}</EndDate>") + $"</{operation}>";

    public static async Task<SoapReply> CallAsync(this BreakoutServer server, string token, string operation, string body) =>
        await server.PostSoap11Async(SoapEnvelopes.WithHeader(token, body), SoapEnvelopes.Action(operation));

    /// <summary>The <c>CvObject</c> elements of a RetrieveResult.</summary>
    public static IReadOnlyList<XElement> Objects(SoapReply reply)
    {
        Assert.True(reply.Status == 200, reply.Body);
        return [.. reply.Xml.Descendants(SoapEnvelopes.S1 + "RetrieveResult").Single().Elements(SoapEnvelopes.S1 + "CvObject")];
    }

    /// <summary>The <c>Id</c>s of a Search, GetUpdated or GetDeleted answer.</summary>
    public static IReadOnlyList<string> Ids(SoapReply reply, string operation)
    {
        Assert.True(reply.Status == 200, reply.Body);
        return [.. reply.Xml.Descendants(SoapEnvelopes.S1 + (operation + "Result")).Single().Elements(SoapEnvelopes.S1 + "Id").Select(e => e.Value)];
    }

    public static string Gmt(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
