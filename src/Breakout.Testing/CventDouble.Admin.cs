using System.Net.Http.Json;
using Breakout.Host.TestDouble;

namespace Breakout.Testing;

/// <summary>The admin API, typed: journal, verification, fault rules, clock, snapshots and resets.</summary>
public sealed partial class CventDouble
{
    /// <summary>The journaled SOAP calls matching <paramref name="filter"/> (all when null), oldest first, secrets redacted.</summary>
    public async Task<IReadOnlyList<JournalView>> JournalAsync(Func<CallFilter, CallFilter>? filter = null, CancellationToken cancellationToken = default)
    {
        var criteria = (filter?.Invoke(new CallFilter()) ?? new CallFilter()).ToCriteria();
        if (criteria.Fields is { Count: > 0 })
        {
            throw new NotSupportedException("JournalAsync filters by operation, account, result and time; count calls by request fields with CountAsync or VerifyAsync.");
        }

        var query = string.Join('&', new[]
        {
            criteria.Operation is null ? null : $"operation={Uri.EscapeDataString(criteria.Operation)}",
            criteria.Account is null ? null : $"account={Uri.EscapeDataString(criteria.Account)}",
            criteria.ResultCode is null ? null : $"resultCode={Uri.EscapeDataString(criteria.ResultCode)}",
            criteria.Since is null ? null : $"since={Uri.EscapeDataString(criteria.Since.Value.ToString("O"))}",
        }.Where(p => p is not null));
        using var response = await admin.GetAsync("journal" + (query.Length > 0 ? "?" + query : ""), cancellationToken);
        return await ReadAsync<List<JournalView>>(response, cancellationToken);
    }

    /// <summary>How many journaled calls match <paramref name="filter"/>.</summary>
    public async Task<int> CountAsync(Func<CallFilter, CallFilter> filter, CancellationToken cancellationToken = default)
    {
        using var response = await admin.PostAsJsonAsync("journal/count", filter(new CallFilter()).ToCriteria(), cancellationToken);
        return (await ReadAsync<CountResult>(response, cancellationToken)).Count;
    }

    /// <summary>Throws <see cref="CventVerificationException"/> unless the number of matching calls is what <paramref name="times"/> allows.</summary>
    public async Task VerifyAsync(Func<CallFilter, CallFilter> filter, Times times, CancellationToken cancellationToken = default)
    {
        var count = await CountAsync(filter, cancellationToken);
        if (!times.Allows(count))
        {
            var calls = await JournalAsync(cancellationToken: cancellationToken);
            var listed = string.Join(Environment.NewLine, calls.Select(c =>
                $"  #{c.Sequence} {c.Time:O} {c.Operation ?? "(unparsed)"} {c.Account} → {(c.Dropped ? "dropped" : c.HttpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(c.FaultCode is null ? "" : " " + c.FaultCode)}"));
            throw new CventVerificationException(
                $"Expected {times} calls matching {filter(new CallFilter())}, found {count}. Calls journaled:{Environment.NewLine}{(listed.Length > 0 ? listed : "  (none)")}");
        }
    }

    public async Task ClearJournalAsync(CancellationToken cancellationToken = default)
    {
        using var response = await admin.DeleteAsync("journal", cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    /// <summary>Adds a fault rule (docs/testing-with-breakout.md): e.g. <c>new() { Operation = "SessionRegAction", Fault = "CV10105", Times = 1 }</c>.</summary>
    public async Task<FaultRuleState> AddFaultAsync(FaultRuleSpec rule, CancellationToken cancellationToken = default)
    {
        using var response = await admin.PostAsJsonAsync("faults", rule, cancellationToken);
        return await ReadAsync<FaultRuleState>(response, cancellationToken);
    }

    /// <summary>
    /// Answers the items of a batch that match <paramref name="items"/> with <paramref name="errorCode"/> instead of
    /// running them, while the call's other items run: e.g. <c>items => items.SessionRegAction(productId).WithInvitee(id)</c>
    /// (an operation that answers item by item, and the item's or its call's fields). For the next <paramref name="times"/>
    /// matching items, or all of them.
    /// </summary>
    public Task<FaultRuleState> FailItemsAsync(Func<CallFilter, CallFilter> items, string errorCode, int? times = null, CancellationToken cancellationToken = default)
    {
        var criteria = items(new CallFilter()).ToCriteria();
        if (criteria.ResultCode is not null || criteria.Since is not null)
        {
            throw new ArgumentException("Items are chosen by operation, account and fields, not by result or time.", nameof(items));
        }

        return AddFaultAsync(
            new FaultRuleSpec { Operation = criteria.Operation, Account = criteria.Account, Fields = criteria.Fields, ItemError = errorCode, Times = times },
            cancellationToken);
    }

    public async Task<IReadOnlyList<FaultRuleState>> FaultsAsync(CancellationToken cancellationToken = default)
    {
        using var response = await admin.GetAsync("faults", cancellationToken);
        return await ReadAsync<List<FaultRuleState>>(response, cancellationToken);
    }

    public async Task RemoveFaultAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await admin.DeleteAsync($"faults/{Uri.EscapeDataString(id)}", cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    public async Task ClearFaultsAsync(CancellationToken cancellationToken = default)
    {
        using var response = await admin.DeleteAsync("faults", cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    public async Task<ClockState> ClockAsync(CancellationToken cancellationToken = default)
    {
        using var response = await admin.GetAsync("clock", cancellationToken);
        return await ReadAsync<ClockState>(response, cancellationToken);
    }

    /// <summary>Moves the server clock forward (token expiry, lockouts, auto-close, quota days follow it).</summary>
    public Task<ClockState> AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        ClockAsync(new ClockRequest(null, null, null, System.Xml.XmlConvert.ToString(by)), cancellationToken);

    public Task<ClockState> SetClockAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ClockAsync(new ClockRequest(null, null, now, null), cancellationToken);

    /// <summary>Stops the server clock (true) or lets it run on (false).</summary>
    public Task<ClockState> FreezeClockAsync(bool freeze = true, CancellationToken cancellationToken = default) =>
        ClockAsync(new ClockRequest(null, freeze, null, null), cancellationToken);

    /// <summary>Back to real time, running.</summary>
    public Task<ClockState> ResetClockAsync(CancellationToken cancellationToken = default) =>
        ClockAsync(new ClockRequest(true, null, null, null), cancellationToken);

    /// <summary>Saves the whole database as <paramref name="name"/>.</summary>
    public async Task SnapshotAsync(string name, CancellationToken cancellationToken = default)
    {
        using var response = await admin.PostAsync($"snapshots/{Uri.EscapeDataString(name)}", null, cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    /// <summary>Restores snapshot <paramref name="name"/>, or with no name the data as it was at start (demo tenant and seed).</summary>
    public async Task ResetAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        using var response = await admin.PostAsync(name is null ? "reset" : $"reset/{Uri.EscapeDataString(name)}", null, cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    private async Task<ClockState> ClockAsync(ClockRequest request, CancellationToken cancellationToken)
    {
        using var response = await admin.PostAsJsonAsync("clock", request, cancellationToken);
        return await ReadAsync<ClockState>(response, cancellationToken);
    }
}
