using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Tests.Booking;

/// <summary>A booking whose outcome is unknown is never a dead end, and never sent twice.</summary>
public sealed class BookingOutcomeTests
{
    private static string Details(string status, long serviceId = 379) =>
        CangoorooHarness.PayloadNode("details-response.json").AsObject() is var node && (node["Service"]!["Status"] = status) is not null && (node["Service"]!["ServiceId"] = serviceId) is not null
            ? node.ToJsonString()
            : throw new InvalidOperationException();

    private static string BookingList(params (object ServiceId, object? ServiceType, string? Reference)[] reservations)
    {
        var list = new JsonArray();
        foreach (var (id, type, reference) in reservations)
        {
            list.Add(new JsonObject { ["BookingId"] = 1, ["ServiceId"] = JsonValue.Create(id), ["ServiceType"] = type is null ? null : JsonValue.Create(type), ["Status"] = "Confirmed", ["ExternalReference"] = reference });
        }

        return new JsonObject { ["Error"] = null, ["TotalResults"] = list.Count, ["Reservations"] = list }.ToJsonString();
    }

    [Fact]
    public async Task Every_quote_has_its_own_client_reference()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();

        var first = await harness.QuoteAsync();
        var second = await harness.QuoteAsync();

        Assert.NotEqual(first.ClientReference, second.ClientReference);
    }

    [Fact]
    public async Task FindBooking_lists_by_ExternalReference_on_the_BackOffice_and_reads_the_flight_service()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("GetBookingList", BookingList((5, 4, "abc"), (380, "Flight", "other"), ("381", 10, "abc")));
        harness.OnJson("GetServiceDetails", Details("Confirmed", 381));

        var booking = await harness.RunAsync(c => c.FindBookingAsync("abc"));

        var list = harness.Last("GetBookingList");
        Assert.Equal("http://127.0.0.1:5000/some/prefix/API/REST/CangoorooBackOffice.svc/GetBookingList", list.Uri.AbsoluteUri);
        Assert.Equal("abc", (string?)list.Json["SearchBookingCriteria"]!["ExternalReference"]);
        Assert.Equal(harness.Password, (string?)list.Json["Credential"]!["Password"]);
        Assert.Equal(381, (int)harness.Last("GetServiceDetails").Json["ServiceId"]!);
        Assert.NotNull(booking);
        Assert.Equal("381", booking.ServiceId);
        Assert.Equal("abc", booking.ClientReference);
    }

    [Theory]
    [InlineData("""{"Error":null,"TotalResults":0,"Reservations":[]}""")]
    [InlineData("""{"Error":null,"TotalResults":0,"Reservations":null}""")]
    [InlineData("""{"Error":null,"Reservations":[null,{"ServiceId":380,"ServiceType":10,"ExternalReference":"not-abc"}]}""")]
    [InlineData("""{"Error":null,"Reservations":[{"ServiceId":380,"ServiceType":4,"ExternalReference":"abc"}]}""")]
    public async Task FindBooking_returns_null_when_no_flight_service_has_the_reference(string answer)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("GetBookingList", answer);

        Assert.Null(await harness.RunAsync(c => c.FindBookingAsync("abc")));
        Assert.Equal(0, harness.CountOf("GetServiceDetails"));
    }

    [Fact]
    public async Task FindBooking_is_retried_on_503_because_it_books_nothing()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var calls = 0;
        harness.On("GetBookingList", () => ++calls < 3 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : CangoorooHarness.Json(BookingList((379, 10, "abc"))));

        var booking = await harness.RunAsync(c => c.FindBookingAsync("abc"));

        Assert.Equal(3, calls);
        Assert.Equal("379", booking!.ServiceId);
    }

    [Fact]
    public async Task An_unknown_outcome_says_how_to_find_the_booking_and_never_to_book_again()
    {
        using var harness = new CangoorooHarness(o => o.Pipeline.MaxRetryAttempts = 5);
        harness.OnAllPayloads();
        harness.On("Booking", () => throw new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));
        var quote = await harness.QuoteAsync();

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));

        Assert.Equal(CangoorooHarness.Token, ex.SearchToken);
        Assert.Equal(quote.ClientReference, ex.ClientReference);
        Assert.Same(quote.Selection, ex.Selection);
        Assert.Same(quote.Selection.Solution, ex.Solution);
        Assert.Null(ex.ServiceId);
        Assert.Contains($"FindBookingAsync(\"{quote.ClientReference}\")", ex.Message, StringComparison.Ordinal);
        Assert.Contains("could book twice", ex.Message, StringComparison.Ordinal);
        AssertNeverSuggestsBookingAgain(ex.Message);
        Assert.DoesNotContain(CangoorooHarness.Token, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Password, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, harness.CountOf("Booking"));

        // The token is used up: a second booking is refused before sending, so nothing can be booked twice.
        await Assert.ThrowsAsync<SearchTokenRejectedException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));
        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task An_unreadable_booking_answer_is_an_unknown_outcome()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Booking", """{"Error":null,"Service":{"ServiceId":[1,2]}""");
        var quote = await harness.QuoteAsync();

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));

        Assert.IsType<InvalidResponseException>(ex.InnerException);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task A_refused_booking_is_not_an_unknown_outcome(HttpStatusCode status)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.On("Booking", () => new HttpResponseMessage(status) { Content = new StringContent("no") });
        var quote = await harness.QuoteAsync();

        var ex = await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));

        Assert.IsNotType<BookingOutcomeUnknownException>(ex);
    }

    [Fact]
    public async Task A_business_error_is_not_an_unknown_outcome()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Booking", """{"Error":{"Message":"Pagamento recusado"}}""");
        var quote = await harness.QuoteAsync();

        await Assert.ThrowsAsync<CangoorooBusinessException>(() => harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)));
    }

    [Fact]
    public async Task WaitForOutcome_polls_details_while_InProgress_until_a_final_status()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Booking", Details("InProgress"));
        var statuses = new Queue<string>(["InProgress", "InProgress", "Confirmed"]);
        harness.On("GetServiceDetails", () => CangoorooHarness.Json(Details(statuses.Dequeue())));
        var quote = await harness.QuoteAsync();
        var booking = await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));
        Assert.Equal(BookingStatus.InProgress, booking.Status);
        var started = harness.Time.GetUtcNow();

        var settled = await harness.RunAsync(c => c.WaitForOutcomeAsync(booking, TimeSpan.FromMinutes(1)));

        Assert.Equal(BookingStatus.Confirmed, settled.Status);
        Assert.Equal(quote.ClientReference, settled.ClientReference);
        Assert.Equal(3, harness.CountOf("GetServiceDetails"));
        Assert.Equal(TimeSpan.FromSeconds(15), harness.Time.GetUtcNow() - started);
        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task WaitForOutcome_returns_a_settled_booking_without_calling()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        var quote = await harness.QuoteAsync();
        var booking = await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        Assert.Same(booking, await harness.RunAsync(c => c.WaitForOutcomeAsync(booking, TimeSpan.FromMinutes(1))));
        Assert.Equal(0, harness.CountOf("GetServiceDetails"));
    }

    [Fact]
    public async Task WaitForOutcome_beyond_its_budget_throws_with_everything_needed_to_reconcile()
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();
        harness.OnJson("Booking", Details("InProgress"));
        harness.OnJson("GetServiceDetails", Details("InProgress"));
        var quote = await harness.QuoteAsync();
        var booking = await harness.RunAsync(c => c.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => harness.RunAsync(c => c.WaitForOutcomeAsync(booking, TimeSpan.FromSeconds(12))));

        Assert.Equal(2, harness.CountOf("GetServiceDetails"));
        Assert.Equal("379", ex.ServiceId);
        Assert.Equal(BookingStatus.InProgress, ex.LastKnownStatus);
        Assert.Equal(CangoorooHarness.Token, ex.SearchToken);
        Assert.Equal(quote.ClientReference, ex.ClientReference);
        Assert.Same(quote.Selection, ex.Selection);
        Assert.Contains("service 379", ex.Message, StringComparison.Ordinal);
        AssertNeverSuggestsBookingAgain(ex.Message);
        Assert.Equal(1, harness.CountOf("Booking"));
    }

    [Fact]
    public async Task WaitForOutcome_rejects_a_budget_that_is_not_positive()
    {
        using var harness = new CangoorooHarness();
        var booking = new FlightBooking { ServiceId = "379", Status = BookingStatus.InProgress };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Client.WaitForOutcomeAsync(booking, TimeSpan.Zero));
    }

    private static void AssertNeverSuggestsBookingAgain(string message)
    {
        foreach (var phrase in new[] { "search again", "try again", "retry", "book again", "resend", "re-send" })
        {
            Assert.DoesNotContain(phrase, message, StringComparison.OrdinalIgnoreCase);
        }
    }
}
