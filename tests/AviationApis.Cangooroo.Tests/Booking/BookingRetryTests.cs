using System.Net;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Core.Errors;
using AviationApis.Testing;

namespace AviationApis.Cangooroo.Tests.Booking;

public sealed class BookingRetryTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Booking_reaches_the_server_exactly_once_on_server_errors(HttpStatusCode status)
    {
        using var harness = new CangoorooHarness(o => o.Pipeline.MaxRetryAttempts = 5);
        harness.OnAllPayloads();
        harness.On("Booking", () => new HttpResponseMessage(status) { Content = new StringContent("busy") });
        var quote = await harness.QuoteAsync();

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));

        Assert.Equal(status, ex.StatusCode);
        Assert.IsType<ServiceFailureException>(ex.InnerException);
        Assert.Equal(1, harness.CountOf("Booking"));
        Assert.Equal("Cangooroo.Booking", ex.OperationName);
        Assert.Equal(quote.ClientReference, ex.ClientReference);
    }

    [Fact]
    public async Task Booking_reaches_the_server_exactly_once_when_the_attempt_times_out()
    {
        using var harness = new CangoorooHarness(o =>
        {
            o.Pipeline.MaxRetryAttempts = 5;
            o.Pipeline.AttemptTimeout = TimeSpan.FromSeconds(20);
        });
        harness.OnAllPayloads();
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.On("Booking", async (request, _) =>
        {
            sent.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, CangoorooHarness.CancellationOf(request));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var quote = await harness.QuoteAsync();

        // The attempt budget runs beside the attempt: the clock reaches it only once the server holds the booking.
        var booking = harness.Client.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard);
        await sent.Task.WaitAsync(SteppingTimeProvider.RealTimeGuard);
        harness.Time.Advance(TimeSpan.FromSeconds(20));

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => harness.RunAsync(_ => booking));

        Assert.Equal(TimeoutBudget.Attempt, Assert.IsType<AviationTimeoutException>(ex.InnerException).Budget);
        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task Booking_is_sent_again_only_after_HTTP_429_when_the_server_did_not_process_it()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var calls = 0;
        harness.On("Booking", () => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "1" } } }
            : CangoorooHarness.Json(CangoorooHarness.Payload("booking-response.json")));
        var quote = await harness.QuoteAsync();

        var booking = await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        Assert.Equal("379", booking.ServiceId);
        Assert.Equal(2, harness.CountOf("Booking"));
        Assert.Single(harness.Requests.Where(r => r.Method == "Booking").Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task Booking_is_not_resent_when_the_connection_breaks_after_sending()
    {
        using var harness = new CangoorooHarness(o => o.Pipeline.MaxRetryAttempts = 5);
        harness.OnAllPayloads();
        harness.On("Booking", () => throw new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));
        var quote = await harness.QuoteAsync();

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));

        Assert.IsType<ServiceFailureException>(ex.InnerException);
        Assert.Null(ex.StatusCode);
        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task Booking_is_sent_again_when_the_connection_could_not_be_established()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var calls = 0;
        harness.On("Booking", () => ++calls == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "refused")
            : CangoorooHarness.Json(CangoorooHarness.Payload("booking-response.json")));
        var quote = await harness.QuoteAsync();

        var booking = await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Equal(2, calls);
    }

    [Theory]
    [InlineData("Search")]
    [InlineData("GetCancellationPolicies")]
    [InlineData("GetServiceDetails")]
    [InlineData("Cancel")]
    public async Task Idempotent_calls_are_retried_on_503(string method)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var search = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.AdultOnlyCriteria));
        var payload = method switch
        {
            "Search" => "search-response.json",
            "GetCancellationPolicies" => "policies-response.json",
            "GetServiceDetails" => "details-response.json",
            _ => "cancel-response.json",
        };
        var calls = 0;
        harness.On(method, () => ++calls < 3 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : CangoorooHarness.Json(CangoorooHarness.Payload(payload)));

        await harness.RunAsync<object>(async c => method switch
        {
            "Search" => await c.SearchAsync(CangoorooHarness.AdultOnlyCriteria),
            "GetCancellationPolicies" => await c.GetCancellationPoliciesAsync(search.Select("17", "1", "2")),
            "GetServiceDetails" => await c.GetServiceDetailsAsync("379"),
            _ => await c.CancelAsync("379"),
        });

        Assert.Equal(3, calls);
    }
}
