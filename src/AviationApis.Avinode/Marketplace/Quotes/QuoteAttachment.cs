using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.SchedAero.Quotes;

namespace AviationApis.Avinode.Marketplace.Quotes;

/// <summary>
/// A document attached to a quote: by <see cref="Uri"/>, inline <see cref="Data"/>, or a
/// <see cref="TemporaryAttachmentId"/> from an earlier upload.
/// </summary>
public sealed record QuoteAttachment
{
    /// <summary>The content type, e.g. <c>application/pdf</c>.</summary>
    public string? MimeType { get; init; }

    /// <summary>The file name.</summary>
    public string? Name { get; init; }

    /// <summary>The attachment type; default <c>Quote</c>.</summary>
    public string? Type { get; init; } = "Quote";

    /// <summary>Where the document can be downloaded.</summary>
    public string? Uri { get; init; }

    /// <summary>The inline content (assumed Base64).</summary>
    public string? Data { get; init; }

    /// <summary>The id of a temporarily uploaded attachment.</summary>
    public string? TemporaryAttachmentId { get; init; }

    /// <summary>Members this SDK version does not know, kept when read.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(MimeType).Add(Name).Add(Type).Add(Uri).Add(Data).Add(TemporaryAttachmentId)
            .Add(AdditionalProperties).Written;
}
