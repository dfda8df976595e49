using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Breakout.Fuzz;

/// <summary>
/// Keeps the exceptions the host logs at Error or above. The endpoint catches every exception and answers
/// <c>CV10000</c>; the harness rethrows the logged one so AFL sees a crash with the real stack trace.
/// </summary>
internal sealed class ErrorRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<Exception> exceptions = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(exceptions);

    /// <summary>The exceptions logged since the last call.</summary>
    public IReadOnlyList<Exception> Take()
    {
        var taken = new List<Exception>();
        while (exceptions.TryDequeue(out var exception))
        {
            taken.Add(exception);
        }

        return taken;
    }

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<Exception> exceptions) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                exceptions.Enqueue(exception ?? new InvalidOperationException(formatter(state, exception)));
            }
        }
    }
}
