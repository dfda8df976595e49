using System.Globalization;
using System.Text;

namespace Breakout.Host.Tests.Observability;

/// <summary>One sample of the Prometheus text exposition format: metric name, labels, value.</summary>
internal sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <summary>The labels as "a=1,b=2", sorted by name, for comparing label sets.</summary>
    public string LabelSet => string.Join(",", Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
}

/// <summary>
/// Parses the Prometheus text format (version 0.0.4) as a scraper does: comment lines skipped, each sample line
/// <c>name{label="value",...} value [timestamp]</c> with <c>\\</c>, <c>\"</c> and <c>\n</c> escapes in label values.
/// </summary>
internal static class PrometheusText
{
    public static IReadOnlyList<PrometheusSample> Parse(string text)
    {
        var samples = new List<PrometheusSample>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var position = 0;
            while (position < line.Length && line[position] is not ('{' or ' '))
            {
                position++;
            }

            var name = line[..position];
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (position < line.Length && line[position] == '{')
            {
                position = ReadLabels(line, position + 1, labels);
            }

            var rest = line[position..].Trim().Split(' ');
            samples.Add(new PrometheusSample(name, labels, ParseValue(rest[0])));
        }

        return samples;
    }

    private static int ReadLabels(string line, int position, Dictionary<string, string> labels)
    {
        while (line[position] != '}')
        {
            var equals = line.IndexOf('=', position);
            var label = line[position..equals].Trim();
            position = equals + 2; // past ="
            var value = new StringBuilder();
            while (line[position] != '"')
            {
                if (line[position] == '\\')
                {
                    position++;
                    value.Append(line[position] == 'n' ? '\n' : line[position]);
                }
                else
                {
                    value.Append(line[position]);
                }

                position++;
            }

            labels[label] = value.ToString();
            position++;
            if (line[position] == ',')
            {
                position++;
            }
        }

        return position + 1;
    }

    private static double ParseValue(string value) => value switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
