using AviationApis.CargoAi.Callbacks;

namespace AviationApis.AspNetCore.CargoAi;

/// <summary>How the CargoAi callback endpoints verify deliveries. A verification scheme is required unless <see cref="AllowUnauthenticatedCallbacks"/> is set.</summary>
public sealed class CargoAiCallbackEndpointOptions
{
    /// <summary>
    /// The verifier: <see cref="CargoAiCallbackVerifier.Basic"/>, <see cref="CargoAiCallbackVerifier.Bearer"/> or
    /// <see cref="CargoAiCallbackVerifier.Hmac"/>, matching what you asked CargoAi to configure. No default: starting
    /// without one fails, because an unverified endpoint lets anyone post a booking into your system.
    /// </summary>
    public CargoAiCallbackVerifier? Verifier { get; set; }

    /// <summary>
    /// Accept callbacks without any verification (CargoAi's own default is to send them unsigned). Off by default; set it
    /// only when the endpoint is reachable by CargoAi alone, e.g. behind an allow-list of its addresses.
    /// </summary>
    public bool AllowUnauthenticatedCallbacks { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(CargoAiCallbackEndpointOptions)} {{ Verifier = {Verifier?.ToString() ?? "null"}, AllowUnauthenticatedCallbacks = {AllowUnauthenticatedCallbacks} }}";

    /// <summary>Why these options may not start the endpoints, or <see langword="null"/> when they may.</summary>
    internal string? Problem() =>
        AllowUnauthenticatedCallbacks || Verifier is { Scheme: not CallbackAuthenticationScheme.None }
            ? null
            : "The CargoAi callback endpoints have no verification scheme: set CargoAiCallbackEndpointOptions.Verifier "
              + "(Basic, Bearer or Hmac, e.g. from Webhooks:CargoAi:ApiKey), or set CargoAiCallbackEndpointOptions.AllowUnauthenticatedCallbacks = true "
              + "to accept callbacks that anyone could forge.";
}
