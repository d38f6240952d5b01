using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Cangooroo;
using AviationApis.Sandbox.Tests.Infrastructure;

namespace AviationApis.Sandbox.Tests.Cangooroo;

/// <summary>The seed's rules the sandbox enforces on the wire: stretch ids, what may change before booking, unknown booking outcomes.</summary>
public sealed class CangoorooVendorRulesTests
{
    private const string Credential = "\"Credential\":{\"Username\":\"Your_Username\",\"Password\":\"Your_Password\"}";

    private static string Search(bool roundTrip) => "{" + Credential + """
        ,"Criteria":{"DepartureDate":"2020-01-20",
        """ + (roundTrip ? "\"ReturnDate\":\"2020-01-26\",\"SearchType\":\"RoundTrip\"," : "\"SearchType\":\"OneWay\",") + """
        "IataOriginAirport":"GRU","IataDestinationAirport":"GIG","NumberOfAdults":1,"NationalityPax":"BR","ClassFlight":"All","Luggage":"Both"}}
        """;

    private static string Policies(string token, string ids) => "{" + Credential + ",\"Token\":\"" + token + "\"," + ids + "}";

    private static string Booking(string token, string reference) => "{" + Credential + ",\"Token\":\"" + token + "\",\"SolutionId\":17,\"DepartId\":1,\"ReturnId\":2,\"ExternalReference\":\"" + reference + "\"," + """
        "Passengers":[{"Name":"Ana","Surname":"Silva","Age":30,"MainPax":true,"isChild":false}],
        "Payment":{"CreditCard":{"Holder":"Ana Silva","CardNumber":"4111111111111111","SecurityCode":"123","YearExpiration":2030,"MonthExpiration":12,"Installments":1,"CardOperator":"VISA"}}}
        """;

    private static async Task<string> QuotedTokenAsync(SandboxHarness harness)
    {
        var (_, search) = await harness.CangoorooAsync("Search", Search(roundTrip: true));
        var token = (string)search!["Token"]!;
        var (_, policies) = await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, "\"SolutionId\":17,\"DepartId\":1,\"ReturnId\":2"));
        Assert.Null(policies!["Error"]);
        return token;
    }

    private static async Task<JsonNode> BookingListAsync(SandboxHarness harness, string reference)
    {
        var response = await harness.Cangooroo.PostAsync(
            "API/REST/CangoorooBackOffice.svc/GetBookingList",
            SandboxHarness.JsonBody("{" + Credential + ",\"SearchBookingCriteria\":{\"ExternalReference\":\"" + reference + "\"}}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await SandboxHarness.ReadJsonAsync(response))!;
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Round_trip_options_carry_stretch_ids_and_one_way_options_ids(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        var (_, roundTrip) = await harness.CangoorooAsync("Search", Search(roundTrip: true));
        var (_, oneWay) = await harness.CangoorooAsync("Search", Search(roundTrip: false));

        var flights = roundTrip!["Solutions"]!.AsArray().SelectMany(s => s!["Depart"]!.AsArray().Concat(s["Return"]!.AsArray())).ToList();
        Assert.All(flights, f => Assert.Null(f!["Id"]));
        Assert.Equal([1, 3, 2, 4, 5, 6, 7, 8], flights.Select(f => (int)f!["stretchId"]!));
        Assert.All(oneWay!["Solutions"]!.AsArray().SelectMany(s => s!["Depart"]!.AsArray()), f => Assert.NotNull(f!["Id"]));

        // The stretch ids select the options: the policies step accepts them and refuses an unknown one.
        var token = (string)roundTrip["Token"]!;
        var (_, accepted) = await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, "\"SolutionId\":17,\"DepartId\":3,\"ReturnId\":4"));
        Assert.Null(accepted!["Error"]);
        Assert.Equal(3, (int)accepted["Solution"]!["Depart"]![0]!["stretchId"]!);
        var (_, refused) = await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, "\"SolutionId\":17,\"DepartId\":9,\"ReturnId\":4"));
        Assert.Equal("SolutionNotFound", (string?)refused!["Error"]!["Code"]);
    }

    [Theory]
    [InlineData(CangoorooPolicyChanges.None, "Price.Value", "1265.42")]
    [InlineData(CangoorooPolicyChanges.Price, "Price.Value", "1365.42")]
    [InlineData(CangoorooPolicyChanges.Fare, "PriceBreakdown.Fare.Value", "1125.61")]
    [InlineData(CangoorooPolicyChanges.Taxes, "PriceBreakdown.Taxes.Value", "146.54")]
    [InlineData(CangoorooPolicyChanges.Fees, "PriceBreakdown.Fees.Value", "73.27")]
    [InlineData(CangoorooPolicyChanges.Currency, "Price.Currency", "USD")]
    [InlineData(CangoorooPolicyChanges.RateInformation, "RateInformation", "Tarifa Promo: não reembolsável, sem remarcação")]
    [InlineData(CangoorooPolicyChanges.DepartureTime, "Depart.DepartureDate", "20/01/2020 02:46:00")]
    [InlineData(CangoorooPolicyChanges.ArrivalTime, "Return.ArrivalDate", "26/01/2020 12:05:00")]
    [InlineData(CangoorooPolicyChanges.FlightNumbers, "Depart.FlightNumber", "TO48592; TO27094; TO27230")]
    [InlineData(CangoorooPolicyChanges.Stops, "Depart.QtdStops", "3")]
    [InlineData(CangoorooPolicyChanges.Cabin, "Depart.Class", "Economica")]
    [InlineData(CangoorooPolicyChanges.Luggage, "Depart.Luggages", "[]")]
    [InlineData(CangoorooPolicyChanges.OmitDetails, "Depart.Luggages", null)]
    [InlineData(CangoorooPolicyChanges.OmitDetails, "PriceBreakdown", null)]
    public async Task Policies_answer_changes_what_it_is_told_to(CangoorooPolicyChanges change, string path, string? expected)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel: false);
        harness.Sandbox.Cangooroo.PolicyChanges = change;
        var (_, search) = await harness.CangoorooAsync("Search", Search(roundTrip: true));
        var token = (string)search!["Token"]!;
        var before = Read(search["Solutions"]![0]!, path);

        var (_, policies) = await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, "\"SolutionId\":17,\"DepartId\":1,\"ReturnId\":2"));

        Assert.Equal(expected, Read(policies!["Solution"]!, path));
        Assert.NotEqual(before, expected);
    }

    [Fact]
    public async Task Policies_answer_can_leave_out_the_solution()
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel: false);
        harness.Sandbox.Cangooroo.PolicyChanges = CangoorooPolicyChanges.OmitSolution;

        var token = await QuotedTokenAsync(harness);
        var (_, policies) = await harness.CangoorooAsync("GetCancellationPolicies", Policies(token, "\"SolutionId\":17,\"DepartId\":1,\"ReturnId\":2"));

        Assert.Null(policies!["Solution"]);
        Assert.NotNull(policies["CancelationPolicies"]);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task A_booking_answered_InProgress_settles_after_the_given_status_checks(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        harness.Sandbox.Cangooroo.AnswerNextBookingInProgress(statusChecksBeforeSettling: 2);
        var token = await QuotedTokenAsync(harness);

        var (_, booked) = await harness.CangoorooAsync("Booking", Booking(token, "ref-1"));
        Assert.Equal("InProgress", (string?)booked!["Service"]!["Status"]);

        var statuses = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var (_, details) = await harness.CangoorooAsync("GetServiceDetails", "{" + Credential + ",\"ServiceId\":379}");
            statuses.Add((string?)details!["Service"]!["Status"]);
        }

        Assert.Equal(["InProgress", "InProgress", "Confirmed"], statuses);
        Assert.Equal(1, harness.Sandbox.Cangooroo.BookingCount);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task A_booking_whose_answer_is_dropped_is_made_and_listed_by_its_external_reference(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        harness.Sandbox.Cangooroo.DropNextBookingResponse();
        var token = await QuotedTokenAsync(harness);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => harness.CangoorooAsync("Booking", Booking(token, "ref-dropped")));

        Assert.Equal(1, harness.Sandbox.Cangooroo.BookingCount);
        var list = await BookingListAsync(harness, "ref-dropped");
        var reservation = Assert.Single(list["Reservations"]!.AsArray())!;
        Assert.Equal(379, (int)reservation["ServiceId"]!);
        Assert.Equal(10, (int)reservation["ServiceType"]!);
        Assert.Equal("ref-dropped", (string?)reservation["ExternalReference"]);
        Assert.Empty((await BookingListAsync(harness, "someone-else"))["Reservations"]!.AsArray());
    }

    [Fact]
    public async Task A_booking_answered_with_a_5xx_is_made_all_the_same()
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel: false);
        harness.Sandbox.Cangooroo.FailNextBookingResponse(HttpStatusCode.BadGateway);
        var token = await QuotedTokenAsync(harness);

        var (response, _) = await harness.CangoorooAsync("Booking", Booking(token, "ref-502"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(1, harness.Sandbox.Cangooroo.BookingCount);
        Assert.Equal(379, (int)(await BookingListAsync(harness, "ref-502"))["Reservations"]![0]!["ServiceId"]!);
        var (_, again) = await harness.CangoorooAsync("Booking", Booking(token, "ref-502"));
        Assert.Equal("TokenAlreadyUsed", (string?)again!["Error"]!["Code"]);
    }

    private static string? Read(JsonNode solution, string path)
    {
        JsonNode? node = solution;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj ? obj[part] : null;
            if (node is JsonArray array && part is "Depart" or "Return")
            {
                node = array[0];
            }
        }

        return node switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
            JsonValue value => value.ToJsonString(),
            _ => node.ToJsonString(),
        };
    }
}
