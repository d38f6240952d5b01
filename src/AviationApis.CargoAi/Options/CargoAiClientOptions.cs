using AviationApis.Core.Pipeline;

namespace AviationApis.CargoAi.Options;

/// <summary>
/// Settings of one CargoAi client registration, bound from the <c>CargoAi</c> configuration section by convention
/// (<c>CargoAi:ApiKey</c>, <c>CargoAi:BaseAddress</c>, <c>CargoAi:Pipeline:TotalTimeout</c>, …). <see cref="ToString"/>
/// never prints the API key.
/// </summary>
public sealed class CargoAiClientOptions
{
    /// <summary>The conventional configuration section name.</summary>
    public const string SectionName = "CargoAi";

    /// <summary>The production base address (the default).</summary>
    public const string ProductionBaseAddress = "https://api.cargoai.co/solutions/";

    /// <summary>CargoAi's development (sandbox) base address.</summary>
    public const string DevelopmentBaseAddress = "https://api.dev.cargoai.co/solutions/";

    /// <summary>The base address; every operation path is appended to it, keeping its own path. Default <see cref="ProductionBaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; } = new(ProductionBaseAddress);

    /// <summary>Your CargoCONNECT API key, sent as <c>x-api-key</c> on every attempt. Required; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// How long to wait between polls of a search still STARTED (and of a direct booking still processing). The vendor
    /// documents no interval; default 2 s (our assumption).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest a search (or direct booking) is polled before the client gives up with an
    /// <see cref="Core.Errors.AviationTimeoutException"/>. Default 2 minutes. The caller's cancellation token still applies.
    /// </summary>
    public TimeSpan PollBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Allows the live host (<c>api.cargoai.co</c>) from a process not known to be a production deployment: a Debug
    /// build, a host environment other than Production, an app without a host environment, or a test host. Off by
    /// default (such a process is refused at start-up); when set, its use is logged once at Warning.
    /// </summary>
    public bool AllowLiveHost { get; set; }

    /// <summary>Resilience, timeout and logging settings.</summary>
    public AviationPipelineOptions Pipeline { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() =>
        $"CargoAiClientOptions {{ BaseAddress = {BaseAddress}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "[REDACTED]")}, PollInterval = {PollInterval}, PollBudget = {PollBudget} }}";
}
