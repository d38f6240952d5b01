using System.Net.Sockets;
using System.Text;
using AviationApis.CargoAi.Callbacks;
using AviationApis.Reliability.Tests.Secrets;
using Microsoft.Extensions.Logging;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// A sender that goes away in the middle of its body leaves nothing half-recorded: nothing is stored, the event is
/// logged at Information (no Error, no stack trace), and its retry is stored and handled once.
/// </summary>
[Collection(WebhookCollection.Name)]
public sealed class AbortedSenderTests(WebhookHostFixture host)
{
    [Fact]
    public async Task A_body_cut_short_by_the_sender_stores_nothing_logs_at_information_and_its_retry_is_handled_once()
    {
        var awb = $"000-{40000000 + Random.Shared.Next(1_000_000)}";
        var body = Encoding.UTF8.GetBytes(Targets.Payloads.Read("cargoai-flywindow-callback.seed-example.json").Replace("000-00092142", awb, StringComparison.Ordinal));
        var signature = CargoAiCallbackVerifier.ComputeHmacSignature(TestSecrets.CargoAiWebhookSecret, body);
        var before = host.Logs.GetSnapshot().Count(e => e.Id.Id == 13);

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
            var stream = client.GetStream();
            var head = $"POST /hooks/cargoai/flywindow HTTP/1.1\r\nHost: {host.BaseAddress.Authority}\r\nContent-Type: application/json\r\n"
                + $"{CargoAiCallbackVerifier.HmacHeaderName}: {signature}\r\nContent-Length: {body.Length}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
            await stream.FlushAsync();
            client.Client.LingerState = new LingerOption(true, 0); // an abortive close (RST), as a crashed sender
        }

        // The intake logs the abort once it notices it: wait (bounded) for that event.
        var deadline = DateTime.UtcNow + AviationApis.Testing.SteppingTimeProvider.RealTimeGuard;
        while (host.Logs.GetSnapshot().Count(e => e.Id.Id == 13) == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        var aborted = host.Logs.GetSnapshot().Where(e => e.Id.Id == 13).Skip(before).ToList();
        Assert.NotEmpty(aborted);
        Assert.All(aborted, e => Assert.Equal((LogLevel.Information, (Exception?)null), (e.Level, e.Exception)));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), e => e.Level >= LogLevel.Warning && e.Category?.EndsWith(".WebhookIntake", StringComparison.Ordinal) == true && e.Id.Id != 12);
        await host.WaitUntilIdleAsync();
        Assert.Equal(0, host.Probe.Started(awb));

        // The vendor's retry of the same delivery is stored and handled, once.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "hooks/cargoai/flywindow")) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation(CargoAiCallbackVerifier.HmacHeaderName, signature);
        using var response = await host.Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await host.Probe.WaitCompletedAsync(awb);
        await host.WaitUntilIdleAsync();
        Assert.Equal(1, host.Probe.Started(awb));
    }
}
