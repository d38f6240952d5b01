using AviationApis.Sandbox;
using AviationApis.Sandbox.Hosting;
using AviationApis.Testing;

namespace AviationApis.Samples.Tests;

public sealed class TourTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);

    // What the tour must never print: the test card, its security code as a JSON member, and every sandbox credential.
    private static readonly string[] Secrets =
    [
        "4111111111111111", "\"737\"", "sandbox-api-key", "sandbox-password", "sandbox-api-token", "sandbox-authorization-token",
        "kestrel-cargo-key", "kestrel-password", "kestrel-api-token", "kestrel-bearer", "tour-secret-",
    ];

    [Fact]
    public async Task The_tour_runs_every_step_on_the_embedded_sandbox()
    {
        await using var tour = SampleProcess.Start("AviationApis.Tour", new Dictionary<string, string?>());

        var exit = await tour.WaitForExitAsync(Budget);

        Assert.True(exit == 0, tour.Output);
        Assert.Contains("Tour complete: every step succeeded.", tour.Output, StringComparison.Ordinal);
        Assert.Contains("CargoAi (embedded sandbox)", tour.Output, StringComparison.Ordinal);
        Assert.Contains("price changed since the search", tour.Output, StringComparison.Ordinal);
        Assert.Contains("change report: 4 difference(s), 0 not comparable", tour.Output, StringComparison.Ordinal);
        Assert.Contains("save its PDF", tour.Output, StringComparison.Ordinal);
        Assert.Empty(SecretScan.Find([tour.Output], Secrets));
    }

    [Fact]
    public async Task The_same_binary_runs_against_the_sandbox_on_kestrel_through_environment_variables_alone()
    {
        await using var server = await AviationSandboxServer.StartAsync(new AviationSandboxServerOptions
        {
            Sandbox = new AviationSandboxOptions
            {
                CargoAiApiKey = "kestrel-cargo-key", CangoorooUsername = "agency", CangoorooPassword = "kestrel-password",
                AvinodeApiToken = "kestrel-api-token", AvinodeAuthorizationToken = "kestrel-bearer",
            },
        });

        await using var tour = SampleProcess.Start("AviationApis.Tour", new Dictionary<string, string?>
        {
            ["CargoAi__BaseAddress"] = server.CargoAiBaseAddress.ToString(),
            ["CargoAi__ApiKey"] = "kestrel-cargo-key",
            ["Cangooroo__BaseAddress"] = server.CangoorooBaseAddress.ToString(),
            ["Cangooroo__Username"] = "agency",
            ["Cangooroo__Password"] = "kestrel-password",
            ["Avinode__BaseAddress"] = server.SchedAeroBaseAddress.ToString(),
            ["Avinode__WebhookBaseAddress"] = server.AvinodeBaseAddress.ToString(),
            ["Avinode__ApiToken"] = "kestrel-api-token",
            ["Avinode__AuthorizationToken"] = "kestrel-bearer",
        });

        var exit = await tour.WaitForExitAsync(Budget);

        Assert.True(exit == 0, tour.Output);
        Assert.Contains($"CargoAi ({server.CargoAiBaseAddress})", tour.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("embedded sandbox", tour.Output, StringComparison.Ordinal);
        Assert.Empty(SecretScan.Find([tour.Output], Secrets));
    }

    [Fact]
    public async Task Only_runs_one_part()
    {
        await using var tour = SampleProcess.Start("AviationApis.Tour", new Dictionary<string, string?>(), "--only", "avinode");

        var exit = await tour.WaitForExitAsync(Budget);

        Assert.True(exit == 0, tour.Output);
        Assert.Contains("Avinode / SchedAero", tour.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CargoAi", tour.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Cangooroo", tour.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_is_one_readable_line_with_the_typed_error_and_exit_code_1()
    {
        await using var server = await AviationSandboxServer.StartAsync(new AviationSandboxServerOptions
        {
            Sandbox = new AviationSandboxOptions { CangoorooUsername = "agency", CangoorooPassword = "the-right-password" },
        });

        await using var tour = SampleProcess.Start("AviationApis.Tour", new Dictionary<string, string?>
        {
            ["Cangooroo__BaseAddress"] = server.CangoorooBaseAddress.ToString(),
            ["Cangooroo__Username"] = "agency",
            ["Cangooroo__Password"] = "kestrel-password",
        }, "--only", "cangooroo");

        var exit = await tour.WaitForExitAsync(Budget);

        Assert.Equal(1, exit);
        var failure = Assert.Single(tour.Output.Split('\n'), l => l.StartsWith("✗ Cangooroo", StringComparison.Ordinal));
        Assert.Contains("search GRU → GIG", failure, StringComparison.Ordinal);
        Assert.Contains("Exception", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", tour.Output, StringComparison.Ordinal); // no stack trace without --verbose
        Assert.Empty(SecretScan.Find([tour.Output], ["kestrel-password", "the-right-password"]));
    }
}
