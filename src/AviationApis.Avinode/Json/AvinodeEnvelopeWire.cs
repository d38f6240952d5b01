using AviationApis.Avinode.Envelope;

namespace AviationApis.Avinode.Json;

/// <summary>
/// The wire shape <c>{meta, data}</c> shared by every JSON response. Wire-only: callers get
/// <see cref="AvinodeResponse{T}"/> (data guaranteed) or <see cref="AvinodeResponse"/> (meta only).
/// </summary>
/// <typeparam name="T">The data type.</typeparam>
internal sealed class AvinodeEnvelopeWire<T>
{
    public AvinodeMeta? Meta { get; set; }

    public T? Data { get; set; }
}
