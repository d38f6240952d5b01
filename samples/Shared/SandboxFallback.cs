using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace AviationApis.Samples;

/// <summary>
/// The samples' one rule for choosing a server: when a client's section has no <c>BaseAddress</c>, that client runs on
/// the embedded sandbox; with one, it talks to that server. Nothing else changes between the two.
/// </summary>
internal static class SandboxFallback
{
    /// <summary>
    /// When <c>{section}:BaseAddress</c> is not configured, adds <paramref name="sandboxSettings"/> under the section at the
    /// lowest precedence (anything configured still wins) and returns <see langword="true"/>: register the sandbox handler.
    /// </summary>
    public static bool Apply(IConfigurationManager configuration, string section, IReadOnlyDictionary<string, string> sandboxSettings)
    {
        if (!string.IsNullOrWhiteSpace(configuration[$"{section}:BaseAddress"]))
        {
            return false;
        }

        var values = sandboxSettings.ToDictionary(kv => $"{section}:{kv.Key}", kv => (string?)kv.Value);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = values });
        return true;
    }

    /// <summary>Placeholder settings for the embedded sandbox (<c>.invalid</c> hosts never resolve, so nothing leaves the process).</summary>
    public static IReadOnlyDictionary<string, string> CargoAi { get; } = new Dictionary<string, string>
    {
        ["BaseAddress"] = "https://cargoai.sandbox.invalid/solutions/",
        ["ApiKey"] = "sandbox-api-key",
    };

    public static IReadOnlyDictionary<string, string> Cangooroo { get; } = new Dictionary<string, string>
    {
        ["BaseAddress"] = "https://cangooroo.sandbox.invalid/",
        ["Username"] = "sandbox-agency",
        ["Password"] = "sandbox-password",
    };

    public static IReadOnlyDictionary<string, string> Avinode { get; } = new Dictionary<string, string>
    {
        ["BaseAddress"] = "https://schedaero.sandbox.invalid/api/",
        ["WebhookBaseAddress"] = "https://avinode.sandbox.invalid/api/",
        ["ApiToken"] = "sandbox-api-token",
        ["AuthorizationToken"] = "sandbox-authorization-token",
    };
}
