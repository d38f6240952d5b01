using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Booking;

/// <summary>A passenger as the booking, details and cancel responses return it.</summary>
public sealed record BookedPassenger
{
    /// <summary>The given name.</summary>
    public string? Name { get; init; }

    /// <summary>The surname.</summary>
    public string? Surname { get; init; }

    /// <summary>The title, e.g. <c>Mr</c>.</summary>
    public string? Title { get; init; }

    /// <summary>Whether this is the main passenger (<c>MainPax</c>).</summary>
    [JsonPropertyName("MainPax")]
    public bool? IsMainPassenger { get; init; }

    /// <summary>Whether this is a child (<c>isChild</c>).</summary>
    [JsonPropertyName("isChild")]
    public bool? IsChild { get; init; }

    /// <summary>The age in years.</summary>
    public int? Age { get; init; }

    /// <summary>Members this SDK version does not know, kept as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Name).Add(Surname).Add(Title).Add(IsMainPassenger).Add(IsChild).Add(Age)
            .Add(AdditionalProperties).Written;
}
