using System.Text.Json;

namespace AviationApis.Avinode.Marketplace;

/// <summary>The body of <c>PUT /trips/{id}/cancel</c>.</summary>
internal sealed record CancelTripBody(string Id, string? MessageToSeller, TripCancellationReason Reason);

/// <summary>The body of <c>POST /tripmsgs/{id}/decline</c>.</summary>
internal sealed record DeclineBody(string? Message, DeclineReason DeclineReason, bool? SuppressNotification, JsonElement? BatchMetadata);
