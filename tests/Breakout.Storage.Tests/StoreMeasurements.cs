using System.Diagnostics.Metrics;
using Breakout.Storage.Sql;

namespace Breakout.Storage.Tests;

/// <summary>
/// Listens to one instrument of the store's meter (process-wide: every store of the test process adds to it) and keeps
/// only the measurements tagged with one database (<c>db.namespace</c>), so parallel tests on other databases do not count.
/// </summary>
internal static class StoreMeasurements
{
    /// <summary>Calls <paramref name="record"/> with the value of <paramref name="tag"/> once per unit measured on <paramref name="database"/>.</summary>
    public static MeterListener Listen(string instrumentName, string database, string tag, Action<string> record)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == StoreTelemetry.Name && instrument.Name == instrumentName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, measurement, tags, _) =>
        {
            string? value = null, namespaceTag = null;
            foreach (var pair in tags)
            {
                value = pair.Key == tag ? pair.Value as string : value;
                namespaceTag = pair.Key == "db.namespace" ? pair.Value as string : namespaceTag;
            }

            for (var i = 0; i < measurement && namespaceTag == database; i++)
            {
                record(value ?? "");
            }
        });
        listener.Start();
        return listener;
    }
}
