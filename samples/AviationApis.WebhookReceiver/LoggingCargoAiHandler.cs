using AviationApis.AspNetCore.CargoAi;

namespace AviationApis.WebhookReceiver;

/// <summary>Records each CargoAi callback in the journal and logs one line with its key facts (cleaned of control characters).</summary>
internal sealed partial class LoggingCargoAiHandler(HandledJournal journal, ILogger<LoggingCargoAiHandler> logger) : ICargoAiCallbackHandler
{
    public async Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default)
    {
        var callback = delivery.Callback;
        var awb = LogSafe.Clean(callback.Awb);
        await journal.RecordAsync(delivery.DeliveryKey, $"cargoai {delivery.Kind} {awb}", cancellationToken);
        Accepted(logger, delivery.Kind, awb, LogSafe.Clean(callback.BookingStatus?.Value),
            LogSafe.Clean($"{callback.Flight?.DepartureAirport} → {callback.Flight?.ArrivalAirport}"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CargoAi {Kind} callback accepted: AWB {Awb}, booking status {Status}, {Route}")]
    private static partial void Accepted(ILogger logger, CargoAiCallbackKind kind, string awb, string status, string route);
}
