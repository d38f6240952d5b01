namespace AviationApis.Avinode.Marketplace.Trips;

/// <summary>Cancels a trip and all its RFQs (<c>PUT /trips/{id}/cancel</c>).</summary>
public sealed record TripCancellation
{
    /// <summary>Why the trip is cancelled.</summary>
    public required TripCancellationReason Reason { get; init; }

    /// <summary>The message sellers see.</summary>
    public string? MessageToSeller { get; init; }
}
