using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AviationApis.CargoAi.Callbacks;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// The WebhookReceiver sample as a process: values from a delivery cannot forge log lines, and its admin endpoint
/// (behind a bearer token) lists a dead delivery and replays it.
/// </summary>
public sealed class ReceiverSampleTests
{
    private const string ApiKey = "sample-test-cargoai-key-0077";
    private const string AdminToken = "sample-admin-token-5511";

    [Fact]
    public async Task Control_characters_in_a_delivery_cannot_forge_a_log_line_and_the_admin_endpoint_lists_and_replays_dead_deliveries()
    {
        var store = await InboxLocation.CreateAsync(InboxLocation.Sqlite);
        await using var receiver = await ReceiverProcess.StartAsync(store.ReceiverSettings().Concat(
        [
            new("Webhooks__CargoAi__ApiKey", ApiKey),
            new("Webhooks__Processing__PollInterval", "00:00:00.100"),
            new("Receiver__AdminToken", AdminToken),
        ]));
        using var http = new HttpClient { BaseAddress = receiver.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        // An AWB carrying a line break and a fake log entry after it.
        var forged = Targets.Payloads.Read("cargoai-flywindow-callback.seed-example.json")
            .Replace("\"000-00092142\"", "\"000-1\\r\\nfail: Forged[0] booking cancelled\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, Encoding.UTF8.GetBytes(forged)));
        var unparseable = Encoding.UTF8.GetBytes("{\"awb\": \"000-2\", \"flight\": [");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, unparseable));
        var counts = await store.WaitForAsync(c => c.Pending == 0 && c.Done + c.Dead == 2, TimeSpan.FromSeconds(30));
        Assert.Equal((1L, 1L), (counts.Done, counts.Dead));

        var output = await receiver.WaitForOutputAsync("AWB 000-1fail: Forged[0] booking cancelled");
        Assert.Contains("AWB 000-1fail: Forged[0] booking cancelled", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("fail: Forged", StringComparison.Ordinal));

        using (var anonymous = await http.GetAsync("admin/webhooks/dead"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        using var list = await http.GetAsync("admin/webhooks/dead");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using var json = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var dead = Assert.Single(json.RootElement.EnumerateArray());
        Assert.StartsWith("The body does not parse", dead.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        var key = dead.GetProperty("key").GetString()!;

        using (var unknown = await http.PostAsync("admin/webhooks/dead/replay?key=cargoai%2Fflywindow%3A00", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        using (var replay = await http.PostAsync($"admin/webhooks/dead/replay?key={Uri.EscapeDataString(key)}", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        }

        // Still unparseable: the replay runs it again and parks it dead again. Replaying all finds it once more.
        counts = await store.WaitForAsync(c => c.Pending == 0 && c.Dead == 1, TimeSpan.FromSeconds(30));
        Assert.Equal((1L, 1L), (counts.Done, counts.Dead));
        using var all = await http.PostAsync("admin/webhooks/dead/replay", null);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Contains("\"count\":1", await all.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/cargoai/flywindow") { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation(CargoAiCallbackVerifier.HmacHeaderName, CargoAiCallbackVerifier.ComputeHmacSignature(ApiKey, body));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
