using Breakout.Domain;
using Breakout.Soap;

namespace Breakout.Host.TestDouble;

/// <summary>
/// The item rules that match one call, asked for each of its items in turn: the first rule whose fields the item holds
/// and that fires answers it.
/// </summary>
internal sealed class ItemFaultAnswers(IReadOnlyList<FaultRule> rules) : IItemFaults
{
    private readonly List<string> fired = [];

    /// <summary>The ids of the rules that answered an item of this call, or null when none did.</summary>
    public string? Fired => fired.Count == 0 ? null : string.Join(",", fired);

    public CventError? Answer(IReadOnlyDictionary<string, string?> fields)
    {
        foreach (var rule in rules)
        {
            if (rule.MatchesItem(fields) && rule.Fires())
            {
                if (!fired.Contains(rule.Id))
                {
                    fired.Add(rule.Id);
                }

                return rule.ItemError;
            }
        }

        return null;
    }
}
