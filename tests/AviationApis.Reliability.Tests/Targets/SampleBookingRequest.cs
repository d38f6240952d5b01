namespace AviationApis.Reliability.Tests.Targets;

/// <summary>A booking request (carries a card, to prove it never leaks).</summary>
public sealed record SampleBookingRequest
{
    /// <summary>The flight.</summary>
    public required string Flight { get; init; }

    /// <summary>The card number.</summary>
    public required string CardNumber { get; init; }

    /// <summary>The card security code.</summary>
    public required string Cvv { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"SampleBookingRequest {{ Flight = {Flight}, CardNumber = [REDACTED], Cvv = [REDACTED] }}";
}
