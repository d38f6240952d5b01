using System.Text.Json;

namespace AviationApis.Avinode.Marketplace.TripMessages;

/// <summary>Declines a seller lift or a whole RFQ (<c>POST /tripmsgs/{liftOrRfqId}/decline</c>).</summary>
public sealed record TripDecline
{
    /// <summary>Why the seller declines.</summary>
    public required DeclineReason Reason { get; init; }

    /// <summary>The message the buyer sees.</summary>
    public string? Message { get; init; }

    /// <summary>Whether to suppress the buyer's notification.</summary>
    public bool? SuppressNotification { get; init; }

    /// <summary>Opaque batch metadata (sent as is).</summary>
    public JsonElement? BatchMetadata { get; init; }
}
