using AviationApis.Avinode.Marketplace.Trips;

namespace AviationApis.Avinode.Json;

/// <summary>The body of <c>PUT /trips/{id}/cancel</c>.</summary>
internal sealed record CancelTripWire(string Id, string? MessageToSeller, TripCancellationReason Reason);
