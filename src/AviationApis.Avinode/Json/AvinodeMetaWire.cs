using AviationApis.Avinode.Envelope;

namespace AviationApis.Avinode.Json;

/// <summary>
/// The <c>{meta, data}</c> envelope read for its <c>meta</c> only (meta-only answers, error bodies): the serializer
/// skips a <c>data</c> member of any size without building it. Wire-only.
/// </summary>
internal sealed class AvinodeMetaWire
{
    public AvinodeMeta? Meta { get; set; }
}
