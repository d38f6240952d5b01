using System.Text.Json;
using AviationApis.Avinode.Marketplace.TripMessages;

namespace AviationApis.Avinode.Json;

/// <summary>The body of <c>POST /tripmsgs/{id}/decline</c>.</summary>
internal sealed record DeclineWire(string? Message, DeclineReason DeclineReason, bool? SuppressNotification, JsonElement? BatchMetadata);
