using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// A company, account, aircraft type or tail as an RFQ or trip message names it. The vendor does not publish these
/// shapes: an object is read member by member (unknown members kept), a plain string becomes <see cref="Name"/>.
/// </summary>
public sealed record NamedResource
{
    /// <summary>The resource's id, when sent. An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The resource's URI, when sent.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, when sent.</summary>
    public string? Type { get; init; }

    /// <summary>The name (or the whole value when the server sent a plain string).</summary>
    public string? Name { get; init; }

    /// <summary>The display name, when sent (assumed member <c>displayName</c>).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Members this SDK version does not know (e.g. a tail's registration, a company's contact details).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(Name).Add(DisplayName).Add(AdditionalProperties)
            .Written;
}
