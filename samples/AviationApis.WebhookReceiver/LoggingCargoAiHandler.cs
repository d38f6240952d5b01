using AviationApis.AspNetCore.CargoAi;

namespace AviationApis.WebhookReceiver;

/// <summary>Logs one line per accepted CargoAi callback with its key facts.</summary>
internal sealed partial class LoggingCargoAiHandler(ILogger<LoggingCargoAiHandler> logger) : ICargoAiCallbackHandler
{
    public Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default)
    {
        var callback = delivery.Callback;
        Accepted(logger, delivery.Kind, callback.Awb ?? "-", callback.BookingStatus?.Value ?? "-",
            $"{callback.Flight?.DepartureAirport} → {callback.Flight?.ArrivalAirport}");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CargoAi {Kind} callback accepted: AWB {Awb}, booking status {Status}, {Route}")]
    private static partial void Accepted(ILogger logger, CargoAiCallbackKind kind, string awb, string status, string route);
}
