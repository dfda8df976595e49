using System.Globalization;
using System.Reflection;

namespace Breakout.Storage.Sql;

/// <summary>
/// Applies numbered migrations (<c>NNNN_name.sql</c> embedded resources) in order, each in its own transaction,
/// recording them in <c>schema_migrations</c>.
/// </summary>
public static class SqlMigrator
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> Load(Assembly assembly, string prefix)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..^4];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, name, reader.ReadToEnd()));
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    /// <summary>Applies what is missing; the caller provides an open session and serialises concurrent migrators.</summary>
    public static async Task<int> ApplyAsync(SqlSession session, IReadOnlyList<Migration> migrations, long now, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)", cancellationToken);
        var applied = new HashSet<long>();
        await using (var command = session.Connection.CreateCommand())
        {
            command.CommandText = "SELECT version FROM schema_migrations";
            command.Transaction = session.Transaction;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        var count = 0;
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await session.ExecuteAsync(migration.Sql, cancellationToken);
            await using var record = session.Connection.CreateCommand();
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)";
            record.Transaction = session.Transaction;
            record.With("@v", migration.Version).With("@n", migration.Name).With("@t", now);
            await record.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }
}
