using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// A deep link or operation the server offers on a resource (<c>actions.&lt;name&gt;</c> =
/// <c>{type, description, httpMethod, href}</c>), e.g. <c>searchInAvinode</c>: open <see cref="Href"/> in the user's
/// browser (deep links) or call it (API operations). Use the href as given; never build it.
/// </summary>
public sealed record MarketplaceAction
{
    /// <summary>The action's kind as the server names it.</summary>
    public string? Type { get; init; }

    /// <summary>A human-readable description.</summary>
    public string? Description { get; init; }

    /// <summary>The HTTP method, e.g. <c>GET</c> for deep links, <c>POST</c> for operations.</summary>
    public string? HttpMethod { get; init; }

    /// <summary>The target, exactly as returned.</summary>
    public string? Href { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    /// <summary>The target as an absolute URI (e.g. to open the <c>searchInAvinode</c> deep link in a browser).</summary>
    /// <returns>The URI.</returns>
    /// <exception cref="InvalidOperationException">The action carries no absolute href.</exception>
    public Uri ToUri() =>
        Uri.TryCreate(Href, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException("The action carries no absolute href.");

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Type).Add(Description).Add(HttpMethod).Add(Href).Add(AdditionalProperties).Written;
}
