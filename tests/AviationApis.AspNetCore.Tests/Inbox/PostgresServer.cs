using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AviationApis.AspNetCore.Tests.Inbox;

/// <summary>
/// The real PostgreSQL the inbox tests run against: the server named by <c>AVIATIONAPIS_TEST_POSTGRES</c> (a
/// connection string; <c>.ci/run</c> starts a throwaway cluster and sets it), or else a throwaway cluster this process
/// starts itself from <c>/usr/lib/postgresql/*/bin</c> (as the <c>postgres</c> user when running as root, on
/// 127.0.0.1 and a free port) and a detached watchdog stops when this process ends. Each caller gets a fresh database. When no server can be had the test
/// fails with the reason: it is never skipped.
/// </summary>
public sealed class PostgresServer
{
    public const string EnvironmentVariable = "AVIATIONAPIS_TEST_POSTGRES";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    /// <summary>A connection string to a new, empty database on the shared server.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Shared.Value;
        var name = "inbox_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server._adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server._adminConnectionString) { Database = name, Pooling = true }.ToString();
    }

    /// <summary>Refuses new connections to a database and ends its open ones: the database is "stopped" for its users.</summary>
    public static async Task StopDatabaseAsync(string connectionString)
    {
        var server = await Shared.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(server._adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"ALTER DATABASE {name} ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid();",
            connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return new PostgresServer(configured);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL: set {EnvironmentVariable} to a connection string, or install it (apt-get install -y postgresql) so that /usr/lib/postgresql/*/bin/initdb exists.");
        }

        var root = Path.Combine(Path.GetTempPath(), "aviationapis-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", root], asPostgres: false);
        }

        var data = Path.Combine(root, "data");
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], asRoot);
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "log"), "-w", "-t", "60", "-o", $"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c max_connections=300", "start"], asRoot);
        // A detached watchdog stops the cluster and removes its directory when this test process ends, however it ends.
        var stop = $"{(asRoot ? "runuser -u postgres -- " : string.Empty)}{Path.Combine(bin, "pg_ctl")} -D {data} -m immediate -w stop";
        var watchdog = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", $"exec >/dev/null 2>&1 </dev/null; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop}; rm -rf {root}" })
        {
            watchdog.ArgumentList.Add(argument);
        }

        Process.Start(watchdog)!.Dispose();
        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");
    }

    private static async Task RunAsync(string file, string[] arguments, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", file })
            {
                info.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
