namespace AviationApis.AspNetCore.CargoAi;

/// <summary>
/// Handles CargoAi callbacks. Runs after the endpoint stored the delivery and answered 200, in its own DI scope, once
/// per delivery key; a throw is retried with back-off and, once the retries are spent, parks the delivery dead for a
/// replay. A crash after your side effect but before the processor recorded completion runs it again (at least once):
/// use <see cref="CargoAiCallbackDelivery.DeliveryKey"/> to make the side effect idempotent. Register it with
/// <c>AddCargoAiCallbackHandler</c>.
/// </summary>
public interface ICargoAiCallbackHandler
{
    /// <summary>Handles one callback.</summary>
    /// <param name="delivery">The callback, the endpoint it arrived on and its delivery key.</param>
    /// <param name="cancellationToken">Signalled when the application stops: the delivery is then released and handled after the restart.</param>
    /// <returns>A task that completes when handled.</returns>
    Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default);
}
