using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Core.Json;

/// <summary>
/// Builds the JSON options every client and parser uses: trailing commas allowed (real senders produce them),
/// comments skipped, numbers read from strings, case-insensitive member names, nulls not written, relaxed escaping
/// (vendor APIs are not HTML: <c>+08:00</c> is written as is), a maximum depth of 64, and the NodaTime
/// converters registered. Pass the result to a source-generated context's constructor.
/// </summary>
public static class AviationJsonOptions
{
    /// <summary>The maximum nesting depth accepted when reading (hostile input protection).</summary>
    public const int MaxDepth = 64;

    /// <summary>Creates the options.</summary>
    /// <param name="namingPolicy">The vendor's member casing (<see cref="JsonNamingPolicy.CamelCase"/>, or <see langword="null"/> for PascalCase as declared).</param>
    /// <returns>New, unfrozen options.</returns>
    public static JsonSerializerOptions Create(JsonNamingPolicy? namingPolicy)
    {
        var options = new JsonSerializerOptions
        {
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            PropertyNamingPolicy = namingPolicy,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = MaxDepth,

            // Vendor APIs, not HTML: write '+', '&', '<' and non-ASCII letters as they are (e.g. "+08:00", "São Paulo").
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new LocalTimeJsonConverter());
        options.Converters.Add(new LocalDateTimeJsonConverter());
        options.Converters.Add(new OffsetDateTimeJsonConverter());
        options.Converters.Add(new InstantJsonConverter());
        return options;
    }
}
