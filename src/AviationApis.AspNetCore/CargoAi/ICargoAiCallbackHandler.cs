namespace AviationApis.AspNetCore.CargoAi;

/// <summary>
/// Handles accepted CargoAi callbacks. Runs after the endpoint has answered 200, in its own DI scope, once per
/// distinct delivery (repeats are dropped). Register it with <c>AddCargoAiCallbackHandler</c>.
/// </summary>
public interface ICargoAiCallbackHandler
{
    /// <summary>Handles one callback.</summary>
    /// <param name="delivery">The callback and the endpoint it arrived on.</param>
    /// <param name="cancellationToken">Signalled when the application stops.</param>
    /// <returns>A task that completes when handled.</returns>
    Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default);
}
