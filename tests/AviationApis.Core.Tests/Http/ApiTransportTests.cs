using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Tests.Infrastructure.WritingAClient;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Http;

/// <summary>Core's one vendor transport, driven through the example client of docs/writing-a-client.md.</summary>
public sealed class ApiTransportTests
{
    private const string ApiKey = "example-live-key-7c1d";

    private static (ExampleClient Client, ServiceProvider Services) Create(MockHttpMessageHandler mock)
    {
        var services = new ServiceCollection();
        services.AddExampleClient("Default", o =>
        {
            o.BaseAddress = new Uri("https://api.example.test/v1/");
            o.ApiKey = ApiKey;
            o.Pipeline.MaxRetryAttempts = 0;
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<ExampleClientOptions>>().Get("Default");
        return (new ExampleClient(provider.GetRequiredService<IHttpClientFactory>(), options, "Default"), provider);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new HttpResponseMessage(status) { Content = new StringContent(body) }.WithRequestId("req-42").WithRateLimit(100, 7);

    [Fact]
    public async Task An_error_status_is_read_by_the_vendor_reader_and_carries_request_id_rate_limit_attempts_and_operation()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Answer(HttpStatusCode.BadRequest, $$"""{"code":"BAD_FLIGHT","message":"flight unknown for key {{ApiKey}}"}"""));
        var (client, services) = Create(mock);
        using var _ = services;

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => client.BookAsync(new ExampleBookRequest { FlightId = "F1" }));

        Assert.Equal("Example.Book", ex.Details.OperationName);
        Assert.Equal("BAD_FLIGHT", ex.Details.ErrorCode);
        Assert.Equal("req-42", ex.Details.RequestId);
        Assert.Equal(7, ex.Details.RateLimit?.Remaining);
        Assert.Equal(1, ex.Details.Attempts);
        Assert.Equal("flight unknown for key [REDACTED]", Assert.Single(ex.Details.Messages));
        Assert.DoesNotContain(ApiKey, ex.Details.ResponseExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_inside_a_success_answer_goes_through_the_same_factory()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Answer(HttpStatusCode.OK, $$"""{"status":"REFUSED","reason":"sold out ({{ApiKey}})"}"""));
        var (client, services) = Create(mock);
        using var _ = services;

        var ex = await Assert.ThrowsAsync<AviationApiException>(() => client.BookAsync(new ExampleBookRequest { FlightId = "F1" }));

        Assert.Equal(HttpStatusCode.OK, ex.Details.StatusCode);
        Assert.Equal("REFUSED", ex.Details.ErrorCode);
        Assert.Equal("req-42", ex.Details.RequestId);
        Assert.Equal(7, ex.Details.RateLimit?.Remaining);
        Assert.Equal("sold out ([REDACTED])", Assert.Single(ex.Details.Messages));
    }

    [Fact]
    public async Task A_success_answer_is_deserialized()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Answer(HttpStatusCode.OK, """{"status":"BOOKED"}"""));
        var (client, services) = Create(mock);
        using var _ = services;

        var result = await client.BookAsync(new ExampleBookRequest { FlightId = "F1" });

        Assert.Equal("BOOKED", result.Status);
    }
}
