using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Tests.Infrastructure;
using AviationApis.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AviationApis.Sandbox.Tests.Cangooroo;

public sealed class CangoorooEmulatorTests
{
    private const string Credential = "\"Credential\":{\"Username\":\"Your_Username\",\"Password\":\"Your_Password\"}";

    // The seed's Search request, verbatim.
    private const string SeedSearch = """
        {
        "Credential": {
        "Username": "Your_Username",
        "Password": "Your_Password"
        },
        "Criteria":{
        "DepartureDate": "2020-01-20",
        "ReturnDate": "2020-01-26",
        "IataOriginAirport": "GRU",
        "IataDestinationAirport": "GIG",
        "NumberOfAdults": 1,
        "ChildrenAge": [7],
        "NationalityPax": "BR",
        "SearchType": "RoundTrip",
        "ClassFlight": "All",
        "Luggage": "Both"
        }
        }
        """;

    private static string Policies(string token, object solution, object depart, object? ret = null) =>
        "{" + Credential + ",\"Token\":\"" + token + "\",\"SolutionId\":" + Quote(solution) + ",\"DepartId\":" + Quote(depart)
        + (ret is null ? string.Empty : ",\"ReturnId\":" + Quote(ret)) + "}";

    private static string Booking(string token, int solution = 17, int depart = 1, int ret = 2, string card = "4111111111111111") => $$$"""
        {{{{Credential}}},"Token":"{{{token}}}","SolutionId":{{{solution}}},"DepartId":{{{depart}}},"ReturnId":{{{ret}}},
         "Passengers":[{"Name":"Ana","Surname":"Silva","Age":30,"Title":"Mrs","MainPax":true,"isChild":false,"Email":"ana@example.com"}],
         "Payment":{"CreditCard":{"Holder":"Ana Silva","CardNumber":"{{{card}}}","SecurityCode":"123","YearExpiration":2030,"MonthExpiration":12,"Installments":1,"CardOperator":"VISA"}}
        }
        """;

    private static string Quote(object value) => value is string text ? $"\"{text}\"" : value.ToString()!;

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Round_trip_search_policies_booking_details_and_cancel(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        var (searched, search) = await harness.CangoorooAsync("Search", SeedSearch);
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        Assert.Null(search!["Error"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", (string?)search["TimeSpan"]);
        var token = (string)search["Token"]!;
        Assert.True(Guid.TryParse(token, out _));
        var solutions = search["Solutions"]!.AsArray();
        Assert.Equal(3, (int?)search["NumberOfResults"]);
        Assert.Equal(3, solutions.Count);
        var first = solutions[0]!;
        Assert.Equal(17, (int?)first["SolutionId"]);
        Assert.Equal("20/01/2020 01:46:00", (string?)first["Depart"]![0]!["DepartureDate"]);
        Assert.Equal("TO48591; TO27093; TO27239", (string?)first["Depart"]![0]!["FlightNumber"]);
        Assert.Equal(2, first["Return"]!.AsArray().Count);
        Assert.Equal("GIG", (string?)first["Return"]![0]!["IataOriginAirport"]);
        var searchPrice = (decimal)first["Price"]!["Value"]!;

        var (_, refused) = await harness.CangoorooAsync("Booking", Booking(token));
        Assert.Equal("CancellationPoliciesRequired", (string?)refused!["Error"]!["Code"]);

        // The seed's shape: ids as strings.
        var (policiesResponse, policies) = await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, "17", "1", "2"));
        Assert.Equal(HttpStatusCode.OK, policiesResponse.StatusCode);
        Assert.Null(policies!["Error"]);
        Assert.Equal(token, (string?)policies["Token"]);
        Assert.False(string.IsNullOrEmpty((string?)policies["CancelationPolicies"]));
        Assert.Equal(6, (int?)policies["PaymentConditions"]![0]!["CreditCard"]!["NumberPaymentVisa"]);
        var currentPrice = (decimal)policies["Solution"]!["Price"]!["Value"]!;
        Assert.NotEqual(searchPrice, currentPrice);
        Assert.Single(policies["Solution"]!["Depart"]!.AsArray());

        var (_, otherPolicies) = await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, 18, 5, 6));
        Assert.Equal((decimal)solutions[1]!["Price"]!["Value"]!, (decimal)otherPolicies!["Solution"]!["Price"]!["Value"]!);

        var (_, booked) = await harness.CangoorooAsync("Booking", Booking(token));
        Assert.Null(booked!["Error"]);
        var service = booked["Service"]!;
        Assert.Equal(379, (int?)service["ServiceId"]);
        Assert.Equal("Confirmed", (string?)service["Status"]);
        Assert.Equal(currentPrice, (decimal)service["Price"]!["Value"]!);
        Assert.Equal("Silva", (string?)service["Passengers"]![0]!["Surname"]);
        Assert.DoesNotContain("4111111111111111", booked.ToJsonString(), StringComparison.Ordinal);

        var (_, reused) = await harness.CangoorooAsync("Booking", Booking(token, 18, 5, 6));
        Assert.Equal("TokenAlreadyUsed", (string?)reused!["Error"]!["Code"]);

        var (_, details) = await harness.CangoorooAsync("GetServiceDetails", $$$"""{{{{Credential}}},"ServiceId":379}""");
        Assert.Equal("Confirmed", (string?)details!["Service"]!["Status"]);

        // The seed's Cancel request, verbatim (another credential: the service belongs to whoever booked it).
        var (_, foreign) = await harness.CangoorooAsync("Cancel", """{"Credential": {"Username": "cangooroov3","Password": "cangooroo@123"},"ServiceId": 379}""");
        Assert.Equal("ServiceNotFound", (string?)foreign!["Error"]!["Code"]);

        var (_, cancelled) = await harness.CangoorooAsync("Cancel", $$$"""{{{{Credential}}},"ServiceId":379}""");
        Assert.Null(cancelled!["Error"]);
        Assert.Equal("Cancelled", (string?)cancelled["Service"]!["Status"]);

        var (_, detailsAfter) = await harness.CangoorooAsync("GetServiceDetails", $$$"""{{{{Credential}}},"ServiceId":"379"}""");
        Assert.Equal("Cancelled", (string?)detailsAfter!["Service"]!["Status"]);

        var (_, again) = await harness.CangoorooAsync("Cancel", $$$"""{{{{Credential}}},"ServiceId":379}""");
        Assert.Equal("ServiceAlreadyCancelled", (string?)again!["Error"]!["Code"]);
    }

    [Fact]
    public async Task Policies_for_other_flights_do_not_unlock_booking()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (_, search) = await harness.CangoorooAsync("Search", SeedSearch);
        var token = (string)search!["Token"]!;
        await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, 17, 3, 4));
        var (_, refused) = await harness.CangoorooAsync("Booking", Booking(token));
        Assert.Equal("CancellationPoliciesRequired", (string?)refused!["Error"]!["Code"]);
    }

    [Fact]
    public async Task Wrong_credential_is_a_business_error_with_HTTP_200()
    {
        await using var harness = await SandboxHarness.CreateAsync(false, new AviationSandboxOptions { CangoorooUsername = "agency", CangoorooPassword = "secret" });
        var (response, body) = await harness.CangoorooAsync("Search", SeedSearch);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1001", (string?)body!["Error"]!["Code"]);
        Assert.Null(body["Token"]);
        var (_, ok) = await harness.CangoorooAsync("Search", SeedSearch.Replace("Your_Username", "agency", StringComparison.Ordinal).Replace("Your_Password", "secret", StringComparison.Ordinal));
        Assert.Null(ok!["Error"]);
    }

    [Fact]
    public async Task Missing_credential_is_refused()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (_, body) = await harness.CangoorooAsync("Search", """{"Criteria":{"DepartureDate":"2030-01-20","IataOriginAirport":"GRU","IataDestinationAirport":"GIG","NumberOfAdults":1,"SearchType":"OneWay"}}""");
        Assert.Equal("1001", (string?)body!["Error"]!["Code"]);
    }

    [Fact]
    public async Task Token_expires_after_30_minutes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await SandboxHarness.CreateAsync(false, new AviationSandboxOptions { TimeProvider = clock });
        var (_, search) = await harness.CangoorooAsync("Search", SeedSearch);
        var token = (string)search!["Token"]!;
        clock.Advance(TimeSpan.FromMinutes(29));
        var (_, fresh) = await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, 17, 1, 2));
        Assert.Null(fresh!["Error"]);
        clock.Advance(TimeSpan.FromMinutes(2));
        var (_, expired) = await harness.CangoorooAsync("Booking", Booking(token));
        Assert.Equal("TokenExpired", (string?)expired!["Error"]!["Code"]);
    }

    [Fact]
    public async Task Responses_begin_with_a_BOM_unless_disabled()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var bytes = await (await harness.Cangooroo.PostAsync("ws/Rest/Flight.svc/Search", SandboxHarness.JsonBody(SeedSearch))).Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{' }, bytes[..4]);

        await using var plain = await SandboxHarness.CreateAsync(false, new AviationSandboxOptions { CangoorooByteOrderMark = false });
        var plainBytes = await (await plain.Cangooroo.PostAsync("ws/Rest/Flight.svc/Search", SandboxHarness.JsonBody(SeedSearch))).Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'{', plainBytes[0]);
    }

    [Fact]
    public async Task Malformed_body_is_HTTP_400_with_an_html_page_and_GET_is_405()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var response = await harness.Cangooroo.PostAsync("ws/Rest/Flight.svc/Search", SandboxHarness.JsonBody("{not json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await harness.Cangooroo.GetAsync("ws/Rest/Flight.svc/Search")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await harness.Cangooroo.PostAsync("ws/Rest/Flight.svc/Nope", SandboxHarness.JsonBody("{}"))).StatusCode);
    }

    [Fact]
    public async Task One_way_search_has_no_returns_and_validates_criteria()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (_, oneWay) = await harness.CangoorooAsync("Search", $$$"""{{{{Credential}}},"Criteria":{"DepartureDate":"2030-01-20","IataOriginAirport":"GRU","IataDestinationAirport":"GIG","NumberOfAdults":2,"SearchType":"OneWay","ClassFlight":"Economy","Luggage":"With"}}""");
        Assert.Null(oneWay!["Error"]);
        var solutions = oneWay["Solutions"]!.AsArray();
        Assert.All(solutions, s => Assert.Empty(s!["Return"]!.AsArray()));
        Assert.All(solutions, s => Assert.NotEmpty(s!["Depart"]![0]!["Luggages"]!.AsArray()));

        var (_, missingReturn) = await harness.CangoorooAsync("Search", $$$"""{{{{Credential}}},"Criteria":{"DepartureDate":"2030-01-20","IataOriginAirport":"GRU","IataDestinationAirport":"GIG","NumberOfAdults":1,"SearchType":"RoundTrip"}}""");
        Assert.Equal("InvalidRequest", (string?)missingReturn!["Error"]!["Code"]);
        var (_, badType) = await harness.CangoorooAsync("Search", $$$"""{{{{Credential}}},"Criteria":{"DepartureDate":"2030-01-20","IataOriginAirport":"GRU","IataDestinationAirport":"GIG","NumberOfAdults":1,"SearchType":"Roundtrip"}}""");
        Assert.Equal("InvalidRequest", (string?)badType!["Error"]!["Code"]);
    }

    [Fact]
    public async Task Booking_validates_the_card()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (_, search) = await harness.CangoorooAsync("Search", SeedSearch);
        var token = (string)search!["Token"]!;
        await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, 17, 1, 2));
        var (_, invalid) = await harness.CangoorooAsync("Booking", Booking(token, card: "4111111111111112"));
        Assert.Equal("InvalidPayment", (string?)invalid!["Error"]!["Code"]);
        var (_, rejected) = await harness.CangoorooAsync("Booking", Booking(token, card: "4000000000000002"));
        Assert.Equal("Rejected", (string?)rejected!["Service"]!["Status"]);
    }

    [Fact]
    public async Task Newer_API_prefix_and_DoBooking_segment_are_accepted()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var response = await harness.Cangooroo.PostAsync("API/REST/Flight.svc/Search", SandboxHarness.JsonBody(SeedSearch));
        var search = await SandboxHarness.ReadJsonAsync(response);
        var token = (string)search!["Token"]!;
        await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, 17, 1, 2));
        var booked = await SandboxHarness.ReadJsonAsync(await harness.Cangooroo.PostAsync("ws/Rest/Flight.svc/DoBooking", SandboxHarness.JsonBody(Booking(token))));
        Assert.IsType<JsonObject>(booked!["Service"]);
    }
}
