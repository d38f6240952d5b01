using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AviationApis.Samples.Tests;

public sealed class WebhookReceiverTests
{
    /// <summary>A SQLite inbox file in a directory removed when the test process exits.</summary>
    private static string InboxPath()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"aviationapis-receiver-{Environment.ProcessId}");
        if (Directory.CreateDirectory(directory) is not null && Interlocked.Exchange(ref _cleanupRegistered, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
        }

        return Path.Combine(directory, Guid.NewGuid().ToString("N") + ".db");
    }

    private static int _cleanupRegistered;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task The_receiver_stores_a_signed_seed_callback_and_an_avinode_notification_and_logs_one_line_each()
    {
        var port = FreePort();
        await using var receiver = SampleProcess.Start("AviationApis.WebhookReceiver", new Dictionary<string, string?>
        {
            ["Webhooks__Avinode__ClientIdentifier"] = "receiver-hook",
            ["Webhooks__Avinode__ClientSecret"] = "receiver-secret-42",
            ["Webhooks__CargoAi__ApiKey"] = "receiver-cargoai-key-7",
            ["Webhooks__Inbox__SqlitePath"] = InboxPath(),
        }, "--urls", $"http://127.0.0.1:{port}");
        Assert.True(await receiver.WaitForOutputAsync("Now listening on", TimeSpan.FromSeconds(60)), receiver.Output);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        var callback = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "cargoai-flywindow-callback.seed-example.json"));
        using var signed = new HttpRequestMessage(HttpMethod.Post, "webhooks/cargoai/flywindow") { Content = new ByteArrayContent(callback) };
        signed.Headers.TryAddWithoutValidation("cargoai-api-key", Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes("receiver-cargoai-key-7"), callback)));
        using var flyWindow = await http.SendAsync(signed);
        using var notification = new HttpRequestMessage(HttpMethod.Post, "webhooks/avinode")
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "avinode-notification.SchedAeroQuotes.json"))),
        };
        notification.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("receiver-hook:receiver-secret-42")));
        using var avinode = await http.SendAsync(notification);
        using var unauthorized = await http.PostAsync("webhooks/avinode", new ByteArrayContent(Encoding.UTF8.GetBytes("{}")));

        Assert.Equal(HttpStatusCode.OK, flyWindow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, avinode.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.True(await receiver.WaitForOutputAsync("CargoAi FlyWindow callback accepted: AWB", TimeSpan.FromSeconds(10)), receiver.Output);
        Assert.True(await receiver.WaitForOutputAsync("Avinode notification accepted: SchedAeroQuotes", TimeSpan.FromSeconds(10)), receiver.Output);
        Assert.DoesNotContain("receiver-secret-42", receiver.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("receiver-cargoai-key-7", receiver.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_receiver_refuses_to_start_without_a_cargoai_verification_scheme_and_names_the_setting()
    {
        await using var receiver = SampleProcess.Start("AviationApis.WebhookReceiver", new Dictionary<string, string?>
        {
            ["Webhooks__Inbox__SqlitePath"] = InboxPath(),
        }, "--urls", $"http://127.0.0.1:{FreePort()}");

        var exit = await receiver.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exit);
        Assert.Contains("AllowUnauthenticatedCallbacks", receiver.Output, StringComparison.Ordinal);
    }
}
