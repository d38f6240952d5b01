using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Targets;
using AviationApis.Reliability.Tests.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Reliability.Tests.Secrets;

/// <summary>
/// Secrets that travel in request bodies (a webhook's client secret, a card number and security code) stay out of
/// logs, exceptions and traces even when the server quotes the whole request back in its error.
/// </summary>
public sealed class SecretEchoTests(FaultServerFixture fixture) : IClassFixture<FaultServerFixture>
{
    public static TheoryData<int> Statuses() => [400, 422, 500];

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Avinode_webhook_client_secret_quoted_back_by_the_server_is_redacted(int status)
    {
        using var capture = new TelemetryCapture();
        var route = fixture.Server.Register([], FaultStep.EchoBody(status), name: "echo-avinode");
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(capture.CreateLogSink()));
        new AvinodeTarget().Register(services, new Uri(route.BaseAddress, "avinode/api/"), Matrix.MatrixBudget.Default with { AttemptTimeout = TimeSpan.FromSeconds(20), TotalTimeout = TimeSpan.FromSeconds(40) })
            .ConfigurePrimaryHttpMessageHandler(() => new ConnectPlan().CreateHandler());
        await using var provider = services.BuildServiceProvider();
        var request = new WebhookSettingsRequest
        {
            TargetUri = new Uri("https://myapplication.example/notifications"),
            DisplayName = "Reliability",
            ClientIdentifier = "reliability-hooks",
            ClientSecret = TestSecrets.AvinodeWebhookSecret,
            ClientAuthenticationType = WebhookAuthenticationType.Basic,
            EventTypes = [WebhookEventType.SchedAeroContacts],
        };

        var error = await Record.ExceptionAsync(() => provider.GetRequiredService<ISchedAeroClient>().Webhooks.CreateAsync(request));

        Assert.IsAssignableFrom<AviationApiException>(error);
        capture.Record(error!);
        capture.Record(request.ToString());
        Assert.Contains(route.Seen, s => System.Text.Encoding.UTF8.GetString(s.Body).Contains(TestSecrets.AvinodeWebhookSecret, StringComparison.Ordinal));
        Assert.Empty(SecretScanner.Scan(capture.AllTexts));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Card_number_and_security_code_quoted_back_by_the_server_are_redacted(int status)
    {
        using var capture = new TelemetryCapture();
        var route = fixture.Server.Register([], FaultStep.EchoBody(status), name: "echo-card");
        await using var harness = new CoreHarness(route.BaseAddress, capture: capture);

        var error = await Record.ExceptionAsync(() => CorePipelineTarget.BookAsync(harness.Services, CancellationToken.None));

        Assert.IsAssignableFrom<AviationApiException>(error);
        capture.Record(error!);
        Assert.Contains(route.Seen, s => System.Text.Encoding.UTF8.GetString(s.Body).Contains(TestSecrets.CardNumber, StringComparison.Ordinal));
        Assert.Empty(SecretScanner.Scan(capture.AllTexts));
    }
}
