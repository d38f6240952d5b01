using AviationApis.CargoAi.Callbacks;

namespace AviationApis.AspNetCore.CargoAi;

/// <summary>A verified, stored and parsed CargoAi callback handed to an <see cref="ICargoAiCallbackHandler"/>.</summary>
/// <param name="Kind">Which endpoint it arrived on.</param>
/// <param name="Callback">The callback.</param>
/// <param name="DeliveryKey">The delivery's unique key in the inbox: record it with your side effect to make a re-run harmless.</param>
public sealed record CargoAiCallbackDelivery(CargoAiCallbackKind Kind, FlyWindowCallback Callback, string DeliveryKey);
