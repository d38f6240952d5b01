using AviationApis.CargoAi.DependencyInjection;
using AviationApis.Core.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AviationApis.CargoAi.Options;

/// <summary>Validates <see cref="CargoAiClientOptions"/>; every message names the configuration key to fix.</summary>
internal sealed class CargoAiClientOptionsValidator(IServiceProvider services) : IValidateOptions<CargoAiClientOptions>
{
    private static readonly string[] ProductionHosts = ["api.cargoai.co"];

    public ValidateOptionsResult Validate(string? name, CargoAiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= Microsoft.Extensions.Options.Options.DefaultName;
        var registration = services.GetServices<CargoAiRegistration>().LastOrDefault(r => r.Name == name);
        if (registration is null)
        {
            return ValidateOptionsResult.Skip;
        }

        var key = registration.KeyPrefix;
        var problems = new List<string>();
        if (BaseAddressRules.Validate(options.BaseAddress, key + ":BaseAddress") is { } baseProblem)
        {
            problems.Add(baseProblem);
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add($"{key}:ApiKey is required.");
        }
        else if (HeaderValueRules.Validate(options.ApiKey, key + ":ApiKey") is { } apiKeyProblem)
        {
            problems.Add(apiKeyProblem);
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            problems.Add($"{key}:PollInterval must be positive.");
        }

        if (options.PollBudget <= TimeSpan.Zero)
        {
            problems.Add($"{key}:PollBudget must be positive.");
        }

        if (options.Pipeline is null)
        {
            problems.Add($"{key}:Pipeline is required.");
        }
        else
        {
            problems.AddRange(options.Pipeline.Validate(key + ":Pipeline"));
        }

        if (ProductionHostGuard.Check(options.BaseAddress, ProductionHosts, services, options.AllowLiveHost, key + ":BaseAddress", key + ":" + nameof(options.AllowLiveHost)) is { } guard)
        {
            problems.Add(guard);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
