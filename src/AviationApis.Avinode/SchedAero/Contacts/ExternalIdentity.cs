using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Contacts;

/// <summary>A contact's identifier in an external system (type <c>schedaero-identity</c>).</summary>
public sealed record ExternalIdentity
{
    /// <summary>The contact's unique identifier in the external system.</summary>
    public string? Identifier { get; init; }

    /// <summary>The text SchedAero shows for the deep link, if set.</summary>
    public string? Name { get; init; }

    /// <summary>The deep link into the external system SchedAero shows, if set.</summary>
    public string? Uri { get; init; }

    /// <summary>Whether the identity is active (deactivated identities may still be listed).</summary>
    [JsonConverter(typeof(FlexibleBooleanJsonConverter))]
    public bool? IsActive { get; init; }

    /// <summary>The identity's id (opaque). An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The identity's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>schedaero-identity</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Identifier).Add(Name).Add(Uri).Add(IsActive).Add(Id).Add(Href).Add(Type)
            .Add(AdditionalProperties).Written;
}
