using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AviationApis.Testing;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// The WebhookReceiver sample run the way a user runs it (its built dll, configured by environment variables) on
/// 127.0.0.1 and a free port, with its output captured; it can be killed (SIGKILL) or asked to stop (SIGTERM).
/// </summary>
public sealed class ReceiverProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ReceiverProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Waits (bounded) until the output contains <paramref name="text"/>: the console logger writes on its own thread
    /// and the pipe is read asynchronously, so a line can arrive after the work it reports is visible elsewhere.
    /// </summary>
    public async Task<string> WaitForOutputAsync(string text)
    {
        var deadline = DateTime.UtcNow + SteppingTimeProvider.RealTimeGuard;
        while (!Output.Contains(text, StringComparison.Ordinal) && !_process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Output;
    }

    public static async Task<ReceiverProcess> StartAsync(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = RepositoryPaths.Combine("samples", "AviationApis.WebhookReceiver", "bin", configuration, "net10.0", "AviationApis.WebhookReceiver.dll");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var argument in new[] { "exec", dll, "--urls", $"http://127.0.0.1:{port}" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var receiver = new ReceiverProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}/"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!receiver.Output.Contains("Now listening on", StringComparison.Ordinal))
        {
            if (receiver._process.HasExited || DateTime.UtcNow > deadline)
            {
                var output = receiver.Output;
                await receiver.DisposeAsync();
                throw new InvalidOperationException("The receiver did not start:\n" + output);
            }

            await Task.Delay(50);
        }

        return receiver;
    }

    /// <summary>SIGKILL: the process gets no chance to finish or release anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a container runtime stops a process; returns its exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await WaitForExitAsync();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
