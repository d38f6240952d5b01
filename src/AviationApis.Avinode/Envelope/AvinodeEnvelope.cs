namespace AviationApis.Avinode.Envelope;

/// <summary>The wire shape <c>{meta, data}</c> shared by every JSON response.</summary>
/// <typeparam name="T">The data type.</typeparam>
internal sealed class AvinodeEnvelope<T>
{
    public AvinodeMeta? Meta { get; set; }

    public T? Data { get; set; }
}
