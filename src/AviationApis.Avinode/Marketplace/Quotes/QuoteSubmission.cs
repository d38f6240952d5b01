using System.Text.Json;
using AviationApis.Avinode.SchedAero.Quotes;

namespace AviationApis.Avinode.Marketplace.Quotes;

/// <summary>
/// A seller's quote (<c>POST /tripmsgs/{requestId}/submitQuote</c>). Sent to a seller-lift id it answers that lift;
/// sent to an RFQ id it adds an extra quote. Without <see cref="Message"/> the company's default accept message is used.
/// </summary>
public sealed record QuoteSubmission
{
    /// <summary>The quote. Required.</summary>
    public required QuoteDetails Quote { get; init; }

    /// <summary>The message the buyer sees with the quote.</summary>
    public string? Message { get; init; }

    /// <summary>Whether to suppress the buyer's notification.</summary>
    public bool? SuppressNotification { get; init; }

    /// <summary>Opaque batch metadata (sent as is).</summary>
    public JsonElement? BatchMetadata { get; init; }
}
