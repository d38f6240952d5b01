using AviationApis.CargoAi.Callbacks;

namespace AviationApis.AspNetCore.CargoAi;

/// <summary>A verified, parsed CargoAi callback handed to an <see cref="ICargoAiCallbackHandler"/>.</summary>
/// <param name="Kind">Which endpoint it arrived on.</param>
/// <param name="Callback">The callback.</param>
public sealed record CargoAiCallbackDelivery(CargoAiCallbackKind Kind, FlyWindowCallback Callback);
