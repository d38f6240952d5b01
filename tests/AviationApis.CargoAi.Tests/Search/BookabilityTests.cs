using System.Net;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Tests.Infrastructure;

namespace AviationApis.CargoAi.Tests.Search;

/// <summary>Seeds 001/002: coloader-fallback options and manual rates are not bookable via API; AWB requirements.</summary>
public sealed class BookabilityTests
{
    internal const string Link = "https://app.dev.cargoai.co/shipment-details/new?flightUUID=f-1&rateID=r-1&auth=portal-token-123";

    internal static string FlightJson(string rates, bool awbOptional = false, string prefixes = "\"020\",\"176\"", string extra = "") => $$"""
        {"flightUUID":"f-1","airlineCode":"LH","flightNumber":"LH8400","available":true,
         "features":{"bookable":true,"awbOptional":{{(awbOptional ? "true" : "false")}}},"awbPrefixes":[{{prefixes}}],
         "rates":[{{rates}}]{{extra}}}
        """;

    internal static string RateJson(string id = "r-1", string more = "\"coloaderOfficeId\":0") =>
        $$"""{"id":"{{id}}","name":"Spot","currency":"EUR","total":1246,"bookingURL":"{{Link}}",{{more}}}""";

    internal static async Task<Flight> ParseAsync(string flightJson)
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "search", (HttpStatusCode.OK, $$"""{"id":"s-1","status":"COMPLETED","flights":[{{flightJson}}]}"""));
        var result = await h.RunAsync(c => c.Search.SearchAsync(SearchTests.QuoteAndBook()));
        return result.Flights!.Single();
    }

    [Theory]
    [InlineData("\"coloaderOfficeId\":4021", FlightBookabilityProblem.ColoaderRate, "coloader")]
    [InlineData("\"coloaderOfficeId\":\"77\"", FlightBookabilityProblem.ColoaderRate, "coloader")]
    [InlineData("\"isManualRate\":true,\"coloaderOfficeId\":0", FlightBookabilityProblem.ManualRate, "manual rate")]
    public async Task Coloader_and_manual_rates_are_not_bookable_via_API_and_point_to_FlyWINDOW(string rate, FlightBookabilityProblem problem, string words)
    {
        var flight = await ParseAsync(FlightJson(RateJson(more: rate)));

        var bookability = flight.Bookability;

        Assert.False(bookability.IsBookable);
        Assert.Equal(problem, bookability.Problem);
        Assert.Contains(words, bookability.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not bookable via API", bookability.Reason, StringComparison.Ordinal);
        Assert.Contains("CargoMART (FlyWINDOW", bookability.Reason, StringComparison.Ordinal);
        Assert.Equal(new Uri(Link), bookability.FlyWindowLink);
        Assert.DoesNotContain("portal-token-123", bookability.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("portal-token-123", bookability.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flight_with_an_airline_rate_beside_a_manual_one_is_bookable_at_the_airline_rate_only()
    {
        var flight = await ParseAsync(FlightJson(RateJson("r-air") + "," + RateJson("r-manual", "\"isManualRate\":true")));

        Assert.True(flight.Bookability.IsBookable);
        Assert.True(flight.BookabilityOf(flight.Rates![0]).IsBookable);
        Assert.Equal(FlightBookabilityProblem.ManualRate, flight.BookabilityOf(flight.Rates[1]).Problem);
        Assert.True(flight.Rates[0].IsApiBookable);
        Assert.False(flight.Rates[1].IsApiBookable);
    }

    [Fact]
    public async Task A_required_AWB_is_stated_with_the_flights_prefixes_and_form()
    {
        var flight = await ParseAsync(FlightJson(RateJson()));

        var bookability = flight.Bookability;

        Assert.True(bookability.IsBookable);
        Assert.True(bookability.AwbRequired);
        Assert.Equal(["020", "176"], bookability.AwbPrefixes);
        Assert.Equal("PPP-NNNNNNNN (PPP: 020 or 176; NNNNNNNN: the 8-digit serial)", bookability.AwbFormat);
        Assert.Equal("An AWB is required (features.awbOptional is not true): PPP-NNNNNNNN (PPP: 020 or 176; NNNNNNNN: the 8-digit serial).", bookability.Reason);
    }

    [Fact]
    public async Task The_singular_awbPrefix_counts_too()
    {
        var flight = await ParseAsync(FlightJson(RateJson(), prefixes: string.Empty, extra: ",\"awbPrefix\":\"057\""));

        Assert.Equal(["057"], flight.Bookability.AwbPrefixes);
    }

    [Fact]
    public async Task An_optional_AWB_leaves_nothing_to_say()
    {
        var flight = await ParseAsync(FlightJson(RateJson(), awbOptional: true));

        Assert.True(flight.Bookability.IsBookable);
        Assert.False(flight.Bookability.AwbRequired);
        Assert.Null(flight.Bookability.Reason);
        Assert.Equal(FlightBookabilityProblem.None, flight.Bookability.Problem);
    }

    [Theory]
    [InlineData("\"coloaderOfficeId\":true")]
    [InlineData("\"coloaderOfficeId\":{\"id\":4}")]
    [InlineData("\"coloaderOfficeId\":null")]
    public async Task An_unexpected_coloaderOfficeId_never_fails_the_search(string rate)
    {
        var flight = await ParseAsync(FlightJson(RateJson(more: rate)));

        Assert.Null(flight.Rates![0].ColoaderOfficeId);
        Assert.True(flight.Bookability.IsBookable);
    }

    [Theory]
    [InlineData("000-12345675", null, true)]
    [InlineData("020-12345675", new[] { "020", "176" }, true)]
    [InlineData("057-12345675", new[] { "020", "176" }, false)]
    [InlineData("00012345675", null, false)]
    [InlineData("000-1234567", null, false)]
    [InlineData("ABC-12345675", null, false)]
    [InlineData("", null, false)]
    public void AirWaybill_checks_the_documented_form_and_the_prefixes(string awb, string[]? prefixes, bool valid) =>
        Assert.Equal(valid, AirWaybill.IsValid(awb, prefixes));
}
