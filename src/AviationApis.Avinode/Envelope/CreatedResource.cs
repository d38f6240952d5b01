using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Envelope;

/// <summary>A resource the server created (HTTP 201): its id and the <c>Location</c> it can be read from.</summary>
public sealed record CreatedResource
{
    /// <summary>The new resource's id — per the vendor, the final segment of <see cref="Location"/>. Store it (e.g. an external system's id is needed to set identities).</summary>
    public required ResourceId Id { get; init; }

    /// <summary>The new resource's URI from the <c>Location</c> header.</summary>
    public required Uri Location { get; init; }
}
