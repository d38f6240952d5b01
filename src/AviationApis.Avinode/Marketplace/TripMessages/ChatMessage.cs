namespace AviationApis.Avinode.Marketplace.TripMessages;

/// <summary>A chat message on a trip request (<c>POST /tripmsgs/{requestId}/chat</c>).</summary>
public sealed record ChatMessage
{
    /// <summary>The text. Required.</summary>
    public required string Message { get; init; }

    /// <summary>Whether to suppress the counterparty's notification (e-mail); default the server's.</summary>
    public bool? SuppressNotification { get; init; }
}
