namespace Breakout.Cli.Output;

/// <summary>How a listing is printed: an aligned table for people, CSV or JSON for scripts.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
}
