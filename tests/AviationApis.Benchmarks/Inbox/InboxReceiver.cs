using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AviationApis.AspNetCore.Tests.Inbox;
using AviationApis.CargoAi.Callbacks;

namespace AviationApis.Benchmarks.Inbox;

/// <summary>
/// The WebhookReceiver sample as a process on 127.0.0.1 (Release build, logging at Warning, no journal), its inbox in a
/// fresh SQLite file or PostgreSQL database, and a sender that posts distinct signed ≈4 KB CargoAi callbacks to it.
/// </summary>
internal sealed class InboxReceiver : IAsyncDisposable
{
    private const string ApiKey = "benchmark-cargoai-key-0001";
    private static readonly string Template = File.ReadAllText(RepositoryFile("tests", "AviationApis.AspNetCore.Tests", "Payloads", "cargoai-flywindow-callback.seed-example.json"));
    private static int _sequence;
    private readonly Process _process;
    private readonly string? _sqlitePath;

    private InboxReceiver(Process process, int port, string? sqlitePath)
    {
        _process = process;
        _sqlitePath = sqlitePath;
        Http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    public static async Task<InboxReceiver> StartAsync(string store)
    {
        var dll = RepositoryFile("samples", "AviationApis.WebhookReceiver", "bin", "Release", "net10.0", "AviationApis.WebhookReceiver.dll");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var argument in new[] { "exec", dll, "--urls", $"http://127.0.0.1:{port}" })
        {
            info.ArgumentList.Add(argument);
        }

        string? sqlitePath = null;
        if (store == "PostgreSQL")
        {
            info.Environment["Webhooks__Inbox__PostgreSql"] = await PostgresServer.CreateDatabaseAsync();
        }
        else
        {
            sqlitePath = Path.Combine(Path.GetTempPath(), "aviationapis-bench-" + Guid.NewGuid().ToString("N") + ".db");
            info.Environment["Webhooks__Inbox__SqlitePath"] = sqlitePath;
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Webhooks__CargoAi__ApiKey"] = ApiKey;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(info)!;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new InboxReceiver(process, port, sqlitePath);
    }

    /// <summary>A new, distinct delivery (a callback with its own AWB) and its signature.</summary>
    public static (byte[] Body, string Signature) NewDelivery()
    {
        var body = Encoding.UTF8.GetBytes(Template.Replace("000-00092142", $"000-{Interlocked.Increment(ref _sequence):D8}", StringComparison.Ordinal));
        return (body, CargoAiCallbackVerifier.ComputeHmacSignature(ApiKey, body));
    }

    /// <summary>Posts one delivery; throws unless it is acknowledged with 200.</summary>
    public async Task PostAsync((byte[] Body, string Signature) delivery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/cargoai/flywindow") { Content = new ByteArrayContent(delivery.Body) };
        request.Headers.TryAddWithoutValidation(CargoAiCallbackVerifier.HmacHeaderName, delivery.Signature);
        using var response = await Http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"delivery answered {(int)response.StatusCode}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_sqlitePath is not null)
        {
            foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AviationApis.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new FileNotFoundException("AviationApis.sln not found above " + AppContext.BaseDirectory);
    }
}
