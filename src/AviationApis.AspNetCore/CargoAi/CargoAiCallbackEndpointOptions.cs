using AviationApis.CargoAi.Callbacks;

namespace AviationApis.AspNetCore.CargoAi;

/// <summary>How the CargoAi callback endpoints verify deliveries.</summary>
public sealed class CargoAiCallbackEndpointOptions
{
    /// <summary>
    /// The verifier applied to the raw body and headers. Default <see cref="CargoAiCallbackVerifier.None"/>, the
    /// vendor's default (callbacks are unsigned unless you ask CargoAi to configure Basic, Bearer or the HMAC header).
    /// </summary>
    public CargoAiCallbackVerifier Verifier { get; set; } = CargoAiCallbackVerifier.None();

    /// <inheritdoc />
    public override string ToString() => $"{nameof(CargoAiCallbackEndpointOptions)} {{ Verifier = {Verifier} }}";
}
