namespace Breakout.Cli;

/// <summary>Where a command reads and writes; the terminal flags decide between prompting and reading a pipe.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool InputIsTerminal, bool ErrorIsTerminal);
