using System.Net;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Pricing;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Core.Errors;
using NodaTime;

namespace AviationApis.Cangooroo.Tests.Json;

public sealed class ResponseTests
{
    [Fact]
    public async Task Search_result_has_token_expiry_solutions_flights_legs_luggage_and_money()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var started = harness.Time.GetUtcNow();

        var result = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.SeedCriteria));

        Assert.Equal(CangoorooHarness.Token, result.Token);
        Assert.Equal(started, result.SearchedAt);
        Assert.Equal(started + TimeSpan.FromMinutes(30), result.ExpiresAt);
        Assert.Equal(2, result.NumberOfResults);
        var solution = result.Solutions[0];
        Assert.Equal("17", solution.SolutionId);
        Assert.Equal("18", result.Solutions[1].SolutionId);
        Assert.Equal(new Money(1234.56m, "BRL"), solution.Price);
        Assert.True(solution.AdditionalProperties?.ContainsKey("SomethingNew"));
        var departure = Assert.Single(solution.Departures);
        Assert.Equal("1", departure.Id);
        Assert.Equal("TM", departure.AirlineCode);
        Assert.Equal("Executiva", departure.Cabin);
        Assert.Equal(new LocalDateTime(2020, 1, 20, 1, 46, 0), departure.DepartureTime);
        Assert.Equal(new LocalDateTime(2020, 1, 20, 18, 35, 0), departure.ArrivalTime);
        Assert.Equal("GRU", departure.Origin);
        Assert.Equal("GIG", departure.Destination);
        Assert.Equal(2, departure.Stops);
        Assert.Equal("TO48591; TO27093; TO27239", departure.FlightNumber);
        Assert.Equal(["TO48591", "TO27093", "TO27239"], departure.FlightNumbers);
        Assert.Equal(3, departure.Legs.Count);
        Assert.Equal("BSB", departure.Legs[0].Destination);
        Assert.Equal(new LocalDateTime(2020, 1, 20, 16, 55, 0), departure.Legs[2].DepartureTime);
        var luggage = Assert.Single(departure.Luggage);
        Assert.Equal(1, luggage.Quantity);
        Assert.Equal(23m, luggage.Weight);
        var back = Assert.Single(solution.Returns);
        Assert.Equal("2", back.Id);
        Assert.Empty(back.Luggage);
        Assert.Equal(["TO1234"], back.FlightNumbers);
    }

    [Fact]
    public async Task Body_with_a_UTF8_BOM_is_read()
    {
        using var harness = new CangoorooHarness();
        harness.OnPayload("Search", "search-response.json", bom: true);
        harness.OnPayload("GetServiceDetails", "details-response.json", bom: true);

        var result = await harness.RunAsync(c => c.SearchAsync(CangoorooHarness.SeedCriteria));
        var details = await harness.RunAsync(c => c.GetServiceDetailsAsync("379"));

        Assert.Equal(2, result.Solutions.Count);
        Assert.Equal("379", details.ServiceId);
    }

    [Fact]
    public async Task Booking_details_and_cancel_results_are_read()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();

        var booking = await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));
        var details = await harness.RunAsync(c => c.GetServiceDetailsAsync(booking.ServiceId));
        var cancellation = await harness.RunAsync(c => c.CancelAsync(booking.ServiceId));

        Assert.Equal("379", booking.ServiceId);
        Assert.Equal("ABC123", booking.ReservationId);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.True(booking.Status.IsFinal);
        Assert.Equal("Paid", booking.PaymentStatus);
        Assert.Equal(new Money(1299.9m, "BRL"), booking.Price);
        Assert.Single(booking.Departures);
        Assert.Single(booking.Returns);
        var passenger = Assert.Single(booking.Passengers);
        Assert.True(passenger.IsMainPassenger);
        Assert.False(passenger.IsChild);
        Assert.Equal("Após a emissão, consulte a Operadora.", booking.CancellationPolicies);

        Assert.Equal("379", details.ServiceId);
        Assert.Equal(BookingStatus.InProgress, details.Status);
        Assert.True(details.Status.RequiresStatusCheck);

        Assert.True(cancellation.IsCancelled);
        Assert.Equal("Canceled", cancellation.Status.Value);
        Assert.Equal(new Money(150m, "BRL"), cancellation.Penalty);
        Assert.True(cancellation.IsUnderPenalty);
    }

    [Fact]
    public async Task Cancel_without_penalty_information_says_it_does_not_know()
    {
        using var harness = new CangoorooHarness();
        harness.OnJson("Cancel", """{"Error":null,"Service":{"ServiceId":"7","Status":"Cancelled"}}""");

        var cancellation = await harness.RunAsync(c => c.CancelAsync("7"));

        Assert.True(cancellation.IsCancelled);
        Assert.Null(cancellation.IsUnderPenalty);
    }

    [Fact]
    public async Task Structured_cancellation_policies_are_kept_as_json_text()
    {
        using var harness = new CangoorooHarness();
        harness.OnJson("GetServiceDetails", """{"Error":null,"Service":{"ServiceId":1,"Status":"Confirmed","CancelationPolicies":[{"StartDate":"2020-01-01","Value":{"Currency":"BRL","Value":10}}]}}""");

        var details = await harness.RunAsync(c => c.GetServiceDetailsAsync("1"));

        Assert.StartsWith("[{\"StartDate\"", details.CancellationPolicies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Error":{"Message":"Token expirado","Code":"TokenExpired"},"TimeSpan":"2020-01-10 12:00:00","TotalTime":0.1}""", "TokenExpired")]
    [InlineData("""{"Error":{"Message":"Token expirado","Code":1001},"TimeSpan":"2020-01-10 12:00:00","TotalTime":0.1}""", "1001")]
    [InlineData("""{"Error":{"Message":"Token expirado"},"TimeSpan":"2020-01-10 12:00:00","TotalTime":0.1}""", null)]
    [InlineData("""{"Error":"Token expirado","TimeSpan":"2020-01-10 12:00:00","TotalTime":0.1}""", null)]
    public async Task Business_error_with_HTTP_200_is_a_typed_exception_with_the_vendor_message(string body, string? code)
    {
        using var harness = new CangoorooHarness();
        harness.OnJson("Search", body, bom: true);

        var ex = await Assert.ThrowsAsync<CangoorooBusinessException>(() => harness.RunAsync(c => c.SearchAsync(CangoorooHarness.SeedCriteria)));

        Assert.Equal("Token expirado", ex.VendorMessage);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("Cangooroo.Search", ex.OperationName);
        Assert.Contains("Token expirado", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.CountOf("Search"));
    }

    [Fact]
    public async Task Business_error_on_booking_is_typed_and_not_retried()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Booking", """{"Error":{"Message":"Tarifa indisponível","Code":"SoldOut"},"TimeSpan":"2020-01-10 12:00:00","TotalTime":0.1}""");
        var quote = await harness.QuoteAsync();

        var ex = await Assert.ThrowsAsync<CangoorooBusinessException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));

        Assert.Equal("SoldOut", ex.ErrorCode);
        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task Non_json_400_body_is_a_validation_exception_with_the_text()
    {
        using var harness = new CangoorooHarness();
        harness.On("GetServiceDetails", () => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("Request Error") });

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.GetServiceDetailsAsync("1")));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Contains("Request Error", ex.Messages);
    }

    [Fact]
    public async Task Html_500_body_is_a_service_failure_after_retries_for_an_idempotent_call()
    {
        using var harness = new CangoorooHarness(o => o.Pipeline.MaxRetryAttempts = 2);
        harness.On("GetServiceDetails", () => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("<html><body>Server Error</body></html>", System.Text.Encoding.UTF8, "text/html") });

        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => harness.RunAsync(c => c.GetServiceDetailsAsync("1")));

        Assert.Equal(3, harness.CountOf("GetServiceDetails"));
        Assert.Empty(ex.Messages);
        Assert.Contains("Server Error", ex.Details.ResponseExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_envelope_with_HTTP_500_gives_the_vendor_message()
    {
        using var harness = new CangoorooHarness(o => o.Pipeline.MaxRetryAttempts = 0);
        harness.OnJson("Cancel", """{"Error":{"Message":"Object reference not set to an instance of an object."}}""", HttpStatusCode.InternalServerError);

        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => harness.RunAsync(c => c.CancelAsync("1")));

        Assert.Equal(["Object reference not set to an instance of an object."], ex.Messages);
    }

    [Fact]
    public async Task Non_json_200_body_is_an_invalid_response_exception()
    {
        using var harness = new CangoorooHarness();
        harness.On("GetServiceDetails", () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>maintenance</html>") });

        await Assert.ThrowsAsync<InvalidResponseException>(() => harness.RunAsync(c => c.GetServiceDetailsAsync("1")));
    }

    [Fact]
    public async Task Missing_service_is_an_invalid_response_exception()
    {
        using var harness = new CangoorooHarness();
        harness.OnJson("GetServiceDetails", """{"Error":null,"TimeSpan":"2020-01-10 12:00:00","TotalTime":0.1}""");

        await Assert.ThrowsAsync<InvalidResponseException>(() => harness.RunAsync(c => c.GetServiceDetailsAsync("1")));
    }

    [Fact]
    public async Task Unknown_status_and_members_do_not_break_reading()
    {
        using var harness = new CangoorooHarness();
        harness.OnJson("GetServiceDetails", """{"Error":null,"Brand":"new","Service":{"ServiceId":1,"Status":"Reissued","Extra":[1,2]}}""");

        var details = await harness.RunAsync(c => c.GetServiceDetailsAsync("1"));

        Assert.Equal("Reissued", details.Status.Value);
        Assert.False(details.Status.IsKnown);
        Assert.True(details.Status.RequiresStatusCheck);
        Assert.True(details.AdditionalProperties?.ContainsKey("Extra"));
    }
}
