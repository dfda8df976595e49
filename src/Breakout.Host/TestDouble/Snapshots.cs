using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Breakout.Host.TestDouble;

/// <summary>
/// Whole-database snapshots. On SQLite they are files, taken and restored with SQLite's online backup API
/// (https://sqlite.org/backup.html): a restore replaces every page of the live database in one step, under the
/// database's write lock, so the running server sees the restored data on its next statement. On PostgreSQL they are
/// schemas (<see cref="PostgresSnapshots"/>), and only when <see cref="AdminSettings.AllowPostgresSnapshots"/> says so.
/// </summary>
internal sealed partial class Snapshots(BreakoutSettings settings)
{
    /// <summary>The snapshot taken once the server has started (after the demo tenant and seed file): <c>POST /admin/reset</c>.</summary>
    public const string Start = "_start";

    private readonly PostgresSnapshots? postgres = string.IsNullOrWhiteSpace(settings.Postgres) ? null : new PostgresSnapshots(settings.Postgres);

    public bool OnPostgres => postgres is not null;

    public bool Supported => postgres is null || settings.Admin.AllowPostgresSnapshots;

    private string Folder => settings.Admin.SnapshotFolder is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : settings.Database + ".snapshots";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();

    public static bool IsValidName(string name) => ValidName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        postgres is not null ? await postgres.ExistsAsync(name, cancellationToken) : File.Exists(PathOf(name));

    public async Task SaveAsync(string name, CancellationToken cancellationToken)
    {
        if (postgres is not null)
        {
            await postgres.SaveAsync(name, cancellationToken);
            return;
        }

        Directory.CreateDirectory(Folder);
        var temp = PathOf(name) + ".tmp";
        File.Delete(temp);
        using (var live = Open(settings.Database))
        using (var copy = Open(temp))
        {
            live.BackupDatabase(copy);
        }

        File.Move(temp, PathOf(name), overwrite: true);
    }

    public async Task RestoreAsync(string name, CancellationToken cancellationToken)
    {
        if (postgres is not null)
        {
            await postgres.RestoreAsync(name, cancellationToken);
            return;
        }

        using var copy = Open(PathOf(name));
        using var live = Open(settings.Database);
        copy.BackupDatabase(live);
    }

    private string PathOf(string name) => Path.Combine(Folder, name + ".db");

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 30000";
        busy.ExecuteNonQuery();
        return connection;
    }
}
