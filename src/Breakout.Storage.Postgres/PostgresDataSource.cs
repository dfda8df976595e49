using Npgsql;

namespace Breakout.Storage.Postgres;

/// <summary>
/// Builds the store's data source from the connection string alone. With several hosts
/// (<c>Host=db1:5432,db2:5432</c>) every connection goes to the one that matches <c>Target Session Attributes</c>,
/// <c>primary</c> when none is given: Breakout writes on almost every call, so after a failover it must find the
/// promoted standby by itself and never write to (or read a stale answer from) a standby.
/// </summary>
internal static class PostgresDataSource
{
    /// <summary>
    /// Returns the source to open connections from and the one that owns the pool (the same object for one host;
    /// for several, Npgsql's multi-host source and a view of it bound to the target session attributes).
    /// </summary>
    public static (NpgsqlDataSource Source, NpgsqlDataSource Owner) Build(NpgsqlDataSourceBuilder builder)
    {
        var settings = builder.ConnectionStringBuilder;
        if (settings.Host?.Contains(',', StringComparison.Ordinal) != true)
        {
            var single = builder.Build();
            return (single, single);
        }

        // Npgsql's data source builder refuses Target Session Attributes in a multi-host connection string (a
        // multi-host source serves any target); libpq and NpgsqlConnection accept it, so Breakout takes it from
        // there and binds the source to it.
        var target = ParseTarget(settings.TargetSessionAttributes);
        settings.TargetSessionAttributes = null;
        var multiHost = builder.BuildMultiHost();
        return (multiHost.WithTargetSession(target), multiHost);
    }

    private static TargetSessionAttributes ParseTarget(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? TargetSessionAttributes.Primary
            : Enum.TryParse<TargetSessionAttributes>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
                ? parsed
                : throw new ArgumentException($"Target Session Attributes '{value}' is not one of any, primary, standby, prefer-primary, prefer-standby, read-write, read-only.");
}
