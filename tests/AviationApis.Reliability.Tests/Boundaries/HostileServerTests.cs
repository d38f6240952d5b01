using System.Net;
using System.Text;
using System.Text.Json;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Targets;
using AviationApis.Reliability.Tests.Telemetry;
using AviationApis.Testing;

namespace AviationApis.Reliability.Tests.Boundaries;

/// <summary>
/// A hostile server: a 400 MiB error body is not downloaded (the client reads 64 KiB and closes the connection), and
/// secrets echoed back JSON-escaped, HTML-escaped, percent-encoded or regrouped never reach messages, field errors,
/// excerpts, <c>ToString()</c>, logs or trace tags.
/// </summary>
public sealed class HostileServerTests(TwoOriginsFixture origins) : IClassFixture<TwoOriginsFixture>
{
    private const long HugeBody = 400L * 1024 * 1024;

    /// <summary>
    /// The most bytes the client may read from its socket for one such answer: the 64 KiB kept for the error report,
    /// the headers, and what one read may bring beyond that. Counted on the client's socket, because a server's writes
    /// to a connection the client closed complete without error and prove nothing.
    /// </summary>
    private const long DownloadedBound = 1024L * 1024;

    public static TheoryData<string> Clients() => ["SchedAero", "Marketplace", "CargoAi", "Cangooroo"];

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task A_400_MiB_error_body_is_not_downloaded(string client)
    {
        origins.Reset();
        origins.Home.Handler = c => OriginServer.WriteLargeAsync(c, 500, HugeBody);
        var connections = new CountingConnections();
        await using var host = new BoundaryHost(origins.Home.Root, connections: connections);

        var error = await Assert.ThrowsAsync<ServiceFailureException>(() => Call(host, client));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.True(connections.BytesRead < DownloadedBound, $"the client read {connections.BytesRead:N0} bytes of a {HugeBody:N0}-byte error body");
        Assert.True(error.Details.ResponseExcerpt is null || error.Details.ResponseExcerpt.Length <= 513);
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Secrets_echoed_in_any_spelling_are_redacted_everywhere(string client)
    {
        using var capture = new TelemetryCapture();
        origins.Reset();
        var secrets = SecretsOf(client);
        var echo = Echo(secrets);
        origins.Home.Handler = c => BoundaryHost.Answer(c, 400, ErrorBody(client, echo));
        await using var host = new BoundaryHost(origins.Home.Root, capture);

        var error = await Assert.ThrowsAnyAsync<AviationApiException>(() => Call(host, client));

        capture.Record(error);
        capture.Record(error.Details.ResponseExcerpt ?? string.Empty);
        capture.Record(string.Join("\n", error.Messages));
        capture.Record(string.Join("\n", error.FieldErrors.Select(f => f.Message)));
        Assert.NotEmpty(error.Messages.Concat(error.FieldErrors.Select(f => f.Message)));
        Assert.Empty(SecretScan.Find(capture.AllTexts, secrets));
    }

    [Fact]
    public async Task An_Avinode_webhook_secret_echoed_in_a_422_is_redacted_in_message_field_errors_and_excerpt()
    {
        using var capture = new TelemetryCapture();
        origins.Reset();
        const string secret = "hook/secret+\u00e9&<1>";
        var title = "clientSecret '" + string.Join("' / '", SecretScan.Spellings(secret)) + "' is too weak";
        origins.Home.Handler = c => BoundaryHost.Answer(c, 422, JsonSerializer.Serialize(new { meta = new { errors = new[] { new { code = "INVALID", title, path = "clientSecret" } } } }));
        await using var host = new BoundaryHost(origins.Home.Root, capture);
        var settings = new WebhookSettingsRequest
        {
            TargetUri = new Uri("https://receiver.example/hooks"),
            DisplayName = "Boundaries",
            ClientIdentifier = "hooks",
            ClientSecret = secret,
            EventTypes = [WebhookEventType.SchedAeroContacts],
        };

        var error = await Assert.ThrowsAnyAsync<AviationApiException>(() => host.SchedAero.Webhooks.CreateAsync(settings));

        Assert.NotEmpty(error.FieldErrors);
        capture.Record(error);
        capture.Record(error.Details.ResponseExcerpt ?? string.Empty);
        capture.Record(string.Join("\n", error.FieldErrors.Select(f => f.Message)));
        Assert.Empty(SecretScan.Find(capture.AllTexts, [secret]));
        Assert.Contains(secret, origins.Home.Seen.Single().Text, StringComparison.Ordinal);
    }

    // What each client was configured with, and a card number (masked by pattern, whoever echoes it).
    private static string[] SecretsOf(string client) => client switch
    {
        "SchedAero" or "Marketplace" => [TestSecrets.EscapableAvinodeToken, TestSecrets.EscapableBearerToken, TestSecrets.CardNumber],
        "CargoAi" => [TestSecrets.EscapableApiKey, TestSecrets.CardNumber],
        _ => [TestSecrets.EscapablePassword, TestSecrets.CardNumber],
    };

    // Every secret, each in every spelling, in one sentence.
    private static string Echo(IEnumerable<string> secrets)
    {
        var text = new StringBuilder("you sent ");
        foreach (var secret in secrets)
        {
            foreach (var spelling in SecretScan.Spellings(secret))
            {
                text.Append('«').Append(spelling).Append("» ");
            }
        }

        return text.ToString();
    }

    private static string ErrorBody(string client, string echo) => client switch
    {
        "SchedAero" or "Marketplace" => JsonSerializer.Serialize(new { meta = new { errors = new[] { new { code = "BAD", title = echo, path = "field" } } } }),
        "CargoAi" => JsonSerializer.Serialize(new { message = echo, error = "bad request" }),
        _ => JsonSerializer.Serialize(new { Error = new { Code = "BAD", Message = echo } }),
    };

    private static Task Call(BoundaryHost host, string client) => client switch
    {
        "SchedAero" => host.SchedAero.GetPersonAsync(new ResourceId("p1")),
        "Marketplace" => host.Marketplace.GetTripAsync(new ResourceId("t1")),
        "CargoAi" => host.CargoAi.Bookings.TrackAsync("cea884fc-a000-11ee-9471-a61fc42e35dd"),
        _ => host.Cangooroo.SearchAsync(CangoorooTarget.Criteria),
    };
}
