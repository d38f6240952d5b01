using AviationApis.Avinode.Notifications;
using AviationApis.CargoAi.Callbacks;
using AviationApis.CargoAi.Errors;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>The CargoAi FlyWINDOW/booking callback parser: typed error <see cref="CargoAiCallbackFormatException"/> naming the field path.</summary>
public sealed class CargoAiCallbackHostileParser : IHostileParser
{
    /// <inheritdoc />
    public string Name => "cargoai-callback";

    /// <inheritdoc />
    public string ValidSample { get; } = Targets.Payloads.Read("cargoai-flywindow-callback.seed-example.json");

    /// <inheritdoc />
    public IReadOnlyList<string> ExtensibleEnumPaths => ["$.bookingStatus"];

    /// <inheritdoc />
    public Task ParseAsync(byte[] input, CancellationToken cancellationToken)
    {
        CargoAiCallbackParser.Parse(input);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public bool IsTypedError(Exception exception) => exception is CargoAiCallbackFormatException { Message.Length: > 0 };
}
