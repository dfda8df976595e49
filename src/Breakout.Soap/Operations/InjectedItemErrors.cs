using Breakout.Domain;

namespace Breakout.Soap.Operations;

/// <summary>
/// Runs a batch's items except those a watching host answers itself (<see cref="OperationContext.ItemFaults"/>): the
/// answered items are not run, the others are run together as usual, and the results come back in input order.
/// </summary>
internal static class InjectedItemErrors
{
    public static async Task<IReadOnlyList<TResult>> RunAsync<TItem, TResult>(
        OperationContext context,
        IReadOnlyList<TItem> items,
        Func<TItem, IReadOnlyDictionary<string, string?>> fields,
        Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> run,
        Func<TItem, CventError, TResult> answered)
    {
        if (context.ItemFaults is not { } faults)
        {
            return await run(items);
        }

        var errors = items.Select(item => faults.Answer(fields(item))).ToArray();
        if (errors.All(e => e is null))
        {
            return await run(items);
        }

        var toRun = items.Where((_, i) => errors[i] is null).ToList();
        var ran = toRun.Count == 0 ? [] : await run(toRun);
        var results = new List<TResult>(items.Count);
        var next = 0;
        for (var i = 0; i < items.Count; i++)
        {
            results.Add(errors[i] is { } error ? answered(items[i], error) : ran[next++]);
        }

        return results;
    }

    /// <summary>
    /// The same, for a batch whose items answer an <see cref="ItemResult"/>: an answered item echoes its <c>Id</c>
    /// (<see cref="CventId.Echo"/>) and its <c>MessageId</c> as <c>ReferenceId</c>, both taken from its <paramref name="fields"/>.
    /// </summary>
    public static Task<IReadOnlyList<ItemResult>> RunAsync<TItem>(
        OperationContext context,
        IReadOnlyList<TItem> items,
        Func<TItem, IReadOnlyDictionary<string, string?>> fields,
        Func<IReadOnlyList<TItem>, Task<IReadOnlyList<ItemResult>>> run) =>
        RunAsync(context, items, fields, run, (item, error) =>
        {
            var answered = fields(item);
            return new ItemResult(CventId.Echo(answered.GetValueOrDefault("Id")), Reference(answered.GetValueOrDefault("MessageId")), error);
        });

    /// <summary>The fields of an <c>ObjectItem</c> (<c>CvObject</c>, <c>CvInvitee</c>), with its call's (<paramref name="call"/>).</summary>
    public static IReadOnlyDictionary<string, string?> Fields(ObjectItem item, params (string Name, string? Value)[] call) =>
        Fields(item.Id, item.ConfirmationNumber, item.MessageId, call);

    /// <summary>
    /// The fields of an item that carries content (a contact's, user's or list's attributes, by wire name), with its own
    /// <c>Id</c> and <c>MessageId</c> and its call's (<paramref name="call"/>), so a rule can match an item by what it writes.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Fields(
        string? id, string? messageId, IEnumerable<KeyValuePair<string, string>> content, params (string Name, string? Value)[] call)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in content)
        {
            fields[name] = value;
        }

        fields["Id"] = id;
        fields["MessageId"] = messageId;
        foreach (var (name, value) in call)
        {
            fields[name] = value;
        }

        return fields;
    }

    /// <summary>The fields of a <c>CvObject</c> or <c>CvInvitee</c> item, with its call's (<paramref name="call"/>).</summary>
    public static IReadOnlyDictionary<string, string?> Fields(string? id, string? confirmationNumber, string? messageId, params (string Name, string? Value)[] call)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Id"] = id,
            ["ConfirmationNumber"] = confirmationNumber,
            ["MessageId"] = messageId,
        };
        foreach (var (name, value) in call)
        {
            fields[name] = value;
        }

        return fields;
    }

    /// <summary>The <c>ReferenceId</c> an answered item echoes: its <c>MessageId</c>, absent when empty.</summary>
    public static string? Reference(string? messageId) => string.IsNullOrEmpty(messageId) ? null : messageId;

}
