using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Envelope;

/// <summary>
/// The <c>meta</c> part of every Avinode and SchedAero response. <see cref="Errors"/> on a successful (HTTP 2xx)
/// response are soft errors: the operation was performed but part of the input was invalid. Null entries in the
/// lists are skipped.
/// </summary>
public sealed record AvinodeMeta
{
    /// <summary>An empty meta (the servers often send <c>{}</c>).</summary>
    public static AvinodeMeta Empty { get; } = new();

    /// <summary>Errors (soft errors when the HTTP status is a success).</summary>
    public IReadOnlyList<AvinodeMessage> Errors { get; init => field = WithoutNulls(value); } = [];

    /// <summary>Warnings; never fatal.</summary>
    public IReadOnlyList<AvinodeMessage> Warnings { get; init => field = WithoutNulls(value); } = [];

    /// <summary>Informational messages.</summary>
    public IReadOnlyList<AvinodeMessage> Infos { get; init => field = WithoutNulls(value); } = [];

    // A server may send null entries ("errors": [null, {...}]): they carry nothing and are skipped.
    private static IReadOnlyList<AvinodeMessage> WithoutNulls(IReadOnlyList<AvinodeMessage>? messages) =>
        messages is null ? [] : messages.Contains(null!) ? messages.Where(m => m is not null).ToArray() : messages;

    /// <summary>Members this SDK version does not know (e.g. pagination).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Errors).Add(Warnings).Add(Infos).Add(AdditionalProperties).Written;
}
