using AviationApis.Avinode.Notifications;
using AviationApis.CargoAi.Callbacks;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>The Avinode webhook notification parser: typed error <see cref="FormatException"/> with a reason (its documented contract).</summary>
public sealed class AvinodeNotificationHostileParser : IHostileParser
{
    /// <inheritdoc />
    public string Name => "avinode-notification";

    /// <inheritdoc />
    public string ValidSample { get; } = Targets.Payloads.Read("avinode-notification.example.json");

    /// <inheritdoc />
    public IReadOnlyList<string> ExtensibleEnumPaths => ["$.type"];

    /// <inheritdoc />
    public Task ParseAsync(byte[] input, CancellationToken cancellationToken)
    {
        AvinodeNotificationParser.Parse(input);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public bool IsTypedError(Exception exception) => exception.GetType() == typeof(FormatException) && exception.Message.Length > 0;
}
