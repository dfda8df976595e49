using System.Text.Json;
using System.Text.Json.Serialization;

namespace Breakout.Host.ChangeFeed;

/// <summary>The JSON of the feed and of webhook messages: camelCase, nulls left out, times in ISO 8601 UTC.</summary>
internal static class ChangeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
