using Breakout.Domain;

namespace Breakout.Cli.Import;

/// <summary>
/// A registration kind's row as its <see cref="CatalogKind.Columns"/> typed it, for the kind's <see cref="CatalogKind.Record"/>:
/// a value left out is its column's default (text: empty). The row's <see cref="Fields"/> read the two values the
/// catalogue has no type for (an amount of money, a list of IDs).
/// </summary>
internal sealed class CatalogValues(RowFields fields, CventId id, IReadOnlyDictionary<string, object?> values)
{
    public RowFields Fields => fields;

    public CventId Id => id;

    public InviteeStatus Status => InviteeStatuses.TryParse(Text("status"), out var status) ? status : default;

    public string Text(string name) => values.GetValueOrDefault(name) as string ?? "";

    public DateTimeOffset? Date(string name) => values.GetValueOrDefault(name) as DateTimeOffset?;

    public TValue Get<TValue>(string name) => values.GetValueOrDefault(name) is TValue value ? value : default!;

    public TEnum Choice<TEnum>(string name)
        where TEnum : struct, Enum => System.Enum.TryParse<TEnum>(Text(name), out var value) ? value : default;
}
