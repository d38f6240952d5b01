using System.Diagnostics;
using System.Text;
using AviationApis.Sandbox;
using AviationApis.Sandbox.Hosting;
using AviationApis.Testing;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Secrets;

/// <summary>
/// The sample tour, run the way a user runs it (a process configured by environment variables) against the sandbox on
/// Kestrel, configured with the scan's secrets and with every log category at Trace: its whole output carries none.
/// </summary>
public sealed class TourSecretScanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_tour_at_trace_prints_no_secret()
    {
        await using var server = await AviationSandboxServer.StartAsync(new AviationSandboxServerOptions
        {
            Sandbox = new AviationSandboxOptions
            {
                CargoAiApiKey = TestSecrets.ApiKey,
                CangoorooUsername = "reliability-agency",
                CangoorooPassword = TestSecrets.CangoorooPassword,
                AvinodeApiToken = TestSecrets.AvinodeApiToken,
                AvinodeAuthorizationToken = TestSecrets.BearerToken,
            },
        });

        var (exit, text) = await RunTourAsync(new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Trace",
            ["Logging__LogLevel__AviationApis"] = "Trace",
            ["Logging__Console__LogLevel__Default"] = "Trace",
            ["CargoAi__BaseAddress"] = server.CargoAiBaseAddress.ToString(),
            ["CargoAi__ApiKey"] = TestSecrets.ApiKey,
            ["Cangooroo__BaseAddress"] = server.CangoorooBaseAddress.ToString(),
            ["Cangooroo__Username"] = "reliability-agency",
            ["Cangooroo__Password"] = TestSecrets.CangoorooPassword,
            ["Avinode__BaseAddress"] = server.SchedAeroBaseAddress.ToString(),
            ["Avinode__WebhookBaseAddress"] = server.AvinodeBaseAddress.ToString(),
            ["Avinode__ApiToken"] = TestSecrets.AvinodeApiToken,
            ["Avinode__AuthorizationToken"] = TestSecrets.BearerToken,
        });
        var lines = text.Split('\n');
        output.WriteLine($"exit {exit}, {lines.Length} lines, {lines.Count(l => l.StartsWith("trce:", StringComparison.Ordinal))} at Trace");

        Assert.True(exit == 0, text[..Math.Min(4000, text.Length)]);
        Assert.Contains(lines, l => l.StartsWith("trce:", StringComparison.Ordinal));
        var hits = SecretScanner.Scan(lines);
        Assert.True(hits.Count == 0, string.Join('\n', hits.Take(10)));
    }

    private static async Task<(int Exit, string Output)> RunTourAsync(IReadOnlyDictionary<string, string> environment)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = RepositoryPaths.Combine("samples", "AviationApis.Tour", "bin", configuration, "net10.0", "AviationApis.Tour.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var text = new StringBuilder();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (text) { text.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (text) { text.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        process.WaitForExit();
        lock (text)
        {
            return (process.ExitCode, text.ToString());
        }
    }
}
