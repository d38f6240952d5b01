using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Callbacks;

/// <summary>The user who made a callback's booking.</summary>
public sealed record CallbackUser
{
    /// <summary>The office airport.</summary>
    public string? Airport { get; init; }

    /// <summary>The country code.</summary>
    public string? Country { get; init; }

    /// <summary>The IATA code.</summary>
    public string? Iata { get; init; }

    /// <summary>The CASS code.</summary>
    public string? Cass { get; init; }

    /// <summary>The display name.</summary>
    public string? UserName { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>Members this SDK version does not model (e.g. <c>isColoader</c>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Airport).Add(Country).Add(Iata).Add(Cass).Add(UserName).Add(FirstName).Add(LastName)
            .Add(Email).Add(AdditionalProperties).Written;
}
