using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Resources;

/// <summary>
/// A relationship to another resource as the server returned it (<c>{id, href, type}</c>; generation links such as
/// <c>generate-pdf</c> carry only <c>href</c>). Follow it with the client's <c>GetAsync&lt;T&gt;(ResourceLink)</c>:
/// the vendor asks applications to use the href provided instead of building URLs.
/// </summary>
public sealed record ResourceLink
{
    /// <summary>The related resource's id; empty for generation links. An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The absolute URI of the related resource, exactly as returned.</summary>
    public required string Href { get; init; }

    /// <summary>The related resource's type (e.g. <c>contact-person</c>, <c>schedaero-trip</c>), when sent.</summary>
    public string? Type { get; init; }

    /// <summary>Members this SDK version does not know (the vendor adds members without notice).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(AdditionalProperties).Written;
}
