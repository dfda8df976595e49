namespace Breakout.Host.TestDouble;

/// <summary>Finds journal entries by <see cref="JournalCriteria"/> and shows them as <see cref="JournalView"/>s.</summary>
internal sealed class JournalReader(RequestJournal journal, CallerNames names)
{
    public async Task<IReadOnlyList<JournalEntry>> FindAsync(JournalCriteria criteria, CancellationToken cancellationToken)
    {
        var accountKey = criteria.Account is null ? null : await names.AccountKeyAsync(criteria.Account, cancellationToken);
        return [.. journal.Entries().Where(e => Matches(e, criteria, accountKey))];
    }

    public async Task<JournalView> ViewAsync(JournalEntry entry, CancellationToken cancellationToken) => new(
        entry.Sequence,
        entry.Time,
        entry.Duration.TotalMilliseconds,
        entry.Operation,
        entry.LoginAccount ?? await names.AccountAsync(entry.AccountKey, cancellationToken),
        entry.LoginUser ?? await names.ApiUserAsync(entry.AccountKey, entry.ApiUserKey, cancellationToken),
        entry.HttpStatus,
        entry.Dropped,
        EnvelopeText.FaultCode(entry.Response),
        entry.FaultRule,
        EnvelopeText.Items(entry.Response),
        EnvelopeText.Redact(entry.Request),
        EnvelopeText.Redact(entry.Response));

    private static bool Matches(JournalEntry entry, JournalCriteria criteria, long? accountKey) =>
        (criteria.Operation is null || string.Equals(entry.Operation, criteria.Operation, StringComparison.OrdinalIgnoreCase))
        && (criteria.Account is null
            || string.Equals(entry.LoginAccount, criteria.Account, StringComparison.OrdinalIgnoreCase)
            || (accountKey is not null && entry.LoginAccount is null && entry.AccountKey == accountKey))
        && (criteria.Since is null || entry.Time >= criteria.Since)
        && (criteria.ResultCode is null || HasResultCode(entry, criteria.ResultCode))
        && (criteria.Fields is null || EnvelopeText.HasFields(entry.Request, criteria.Fields));

    private static bool HasResultCode(JournalEntry entry, string code) =>
        string.Equals(EnvelopeText.FaultCode(entry.Response), code, StringComparison.OrdinalIgnoreCase)
        || EnvelopeText.Items(entry.Response).Any(i => i.Errors.Contains(code, StringComparer.OrdinalIgnoreCase));
}
