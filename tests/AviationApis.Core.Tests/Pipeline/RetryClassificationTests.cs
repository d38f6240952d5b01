using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class RetryClassificationTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);
    private static readonly ApiOperation Book = new("Test.Book", Idempotency.NonIdempotent);

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Idempotent_operation_retries_transient_status_then_succeeds(HttpStatusCode status)
    {
        using var harness = new PipelineHarness();
        var calls = 0;
        harness.Mock.When("*").Respond(_ => ++calls < 3 ? new HttpResponseMessage(status) : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "items/1", Read));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, calls);
        Assert.Equal(3, response.RequestMessage!.GetAttemptCount());
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Non_idempotent_operation_is_sent_once_on_server_errors(HttpStatusCode status)
    {
        using var harness = new PipelineHarness();
        var calls = 0;
        harness.Mock.When("*").Respond(_ => { calls++; return new HttpResponseMessage(status); });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{\"a\":1}")));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Non_idempotent_operation_retries_429_and_rate_limit_403_with_the_full_body_each_time()
    {
        using var harness = new PipelineHarness();
        var bodies = new List<string>();
        harness.Mock.When("*").Respond(async req =>
        {
            bodies.Add(await req.Content!.ReadAsStringAsync());
            return bodies.Count switch
            {
                1 => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "2" } } },
                2 => new HttpResponseMessage(HttpStatusCode.Forbidden) { Headers = { { "X-Rate-Limit-Remaining", "0" }, { "X-Rate-Limit-Reset", "5" } } },
                _ => new HttpResponseMessage(HttpStatusCode.Created),
            };
        });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{\"booking\":42}")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["{\"booking\":42}", "{\"booking\":42}", "{\"booking\":42}"], bodies);
        Assert.Equal(TimeSpan.FromSeconds(7), harness.Time.Elapsed);
    }

    [Fact]
    public async Task Forbidden_without_rate_limit_headers_is_not_retried()
    {
        using var harness = new PipelineHarness();
        var calls = 0;
        harness.Mock.When("*").Respond(_ => { calls++; return new HttpResponseMessage(HttpStatusCode.Forbidden) { Headers = { { "X-Rate-Limit-Remaining", "12" } } }; });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Connection_refused_is_retried_even_for_non_idempotent_operations()
    {
        using var harness = new PipelineHarness();
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            if (++calls < 3)
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "refused");
            }

            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{}")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Broken_connection_after_sending_is_not_retried_for_non_idempotent_operations_and_is_typed()
    {
        using var harness = new PipelineHarness();
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            calls++;
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "ended");
        });

        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{}"))));

        Assert.Equal(1, calls);
        Assert.Null(ex.StatusCode);
        Assert.Equal("Test.Book", ex.OperationName);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task Broken_connection_is_retried_for_idempotent_operations_until_attempts_run_out()
    {
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 2);
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            calls++;
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "ended");
        });

        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read)));

        Assert.Equal(3, calls);
        Assert.Equal(3, ex.Attempts);
    }

    [Fact]
    public async Task Backoff_is_exponential_from_the_base_delay()
    {
        using var harness = new PipelineHarness(o => { o.RetryBaseDelay = TimeSpan.FromSeconds(1); o.MaxRetryAttempts = 3; });
        harness.Mock.When("*").Respond(HttpStatusCode.ServiceUnavailable);

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1 + 2 + 4), harness.Time.Elapsed);
    }
}
