using System.Data.Common;

namespace Breakout.Host;

/// <summary>Which database the host uses, for the line it prints at start (never the password of a connection string).</summary>
internal static class DatabaseLocation
{
    public static string Describe(BreakoutSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Postgres))
        {
            return Path.GetFullPath(settings.Database);
        }

        var parts = new DbConnectionStringBuilder { ConnectionString = settings.Postgres };
        string? Get(params string[] keys) => keys.Where(parts.ContainsKey).Select(k => parts[k]?.ToString()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var host = Get("Host", "Server") ?? "localhost";
        var port = Get("Port") ?? "5432";
        var database = Get("Database", "Db") ?? Get("Username", "User Id", "User") ?? "(default)";
        return $"PostgreSQL database {database} on {host}:{port}";
    }
}
