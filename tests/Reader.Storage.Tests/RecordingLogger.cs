using Microsoft.Extensions.Logging;

namespace Reader.Storage.Tests;

/// <summary>Keeps every line logged, as "Level: message", for tests of what start-up and imports say.</summary>
internal sealed class RecordingLogger : ILogger<EpisodeImporter>
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
                return [.. lines];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (lines)
            lines.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
