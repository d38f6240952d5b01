using System.Globalization;
using System.Net;
using AviationApis.Sandbox.Tests.Infrastructure;

namespace AviationApis.Sandbox.Tests.CargoAi;

/// <summary>The seed's options that are not bookable via API: coloader-fallback rates and manual rates.</summary>
public sealed class CargoAiRateKindsTests
{
    private static readonly string Date = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SearchBody(string? id = null) => $$"""
        {"origin":"CDG","destination":"SIN","departureDate":"{{Date}}",
         "shipment":{"pieces":1,"weight":100,"volume":1,"dimensions":[],"measurementUnit":"METRIC","product":"GCR"},
         "user":{"email":"jane@forwarder.example","firstName":"Jane","lastName":"Doe","companyName":"Forwarder"}{{(id is null ? "" : $",\"id\":\"{id}\"")}}}
        """;

    private const string BookUser = """{"email":"jane@forwarder.example","firstName":"Jane","lastName":"Doe","iata":"0000000","cass":"0000","country":"FR"}""";

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Coloader_rates_carry_a_coloader_office_manual_rates_the_flag_and_neither_can_be_booked(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        await harness.CargoAiAsync(HttpMethod.Post, "users", """{"firstName":"Jane","lastName":"Doe","email":"jane@forwarder.example","companyName":"Forwarder","countryCode":"FR"}""");
        var (_, started) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody());
        var (_, completed) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody((string)started!["id"]!));
        var flights = completed!["flights"]!.AsArray();

        var coloaderRate = flights[0]!["rates"]![0]!;
        Assert.NotEqual(0, (int)coloaderRate["coloaderOfficeId"]!);
        Assert.Contains("auth=", (string?)coloaderRate["bookingURL"], StringComparison.Ordinal);
        Assert.Equal(0, (int)flights[2]!["rates"]![0]!["coloaderOfficeId"]!);

        var awbRequired = flights[3]!;
        Assert.False((bool)awbRequired["features"]!["awbOptional"]!);
        Assert.Equal("000", (string?)awbRequired["awbPrefixes"]![0]);
        var rates = awbRequired["rates"]!.AsArray();
        Assert.Null(rates[0]!["isManualRate"]);
        Assert.True((bool)rates[1]!["isManualRate"]!);

        var (manual, manualBody) = await harness.CargoAiAsync(HttpMethod.Post, "book",
            $$"""{"user":{{BookUser}},"flightUUID":"{{awbRequired["flightUUID"]}}","rateId":"{{rates[1]!["id"]}}","awb":"000-12345675"}""");
        Assert.Equal(HttpStatusCode.BadRequest, manual.StatusCode);
        Assert.Equal("FAILED", (string?)manualBody!["bookingStatus"]);
        Assert.Contains("not bookable via API", (string?)manualBody["description"], StringComparison.Ordinal);

        var (airline, _) = await harness.CargoAiAsync(HttpMethod.Post, "book",
            $$"""{"user":{{BookUser}},"flightUUID":"{{awbRequired["flightUUID"]}}","rateId":"{{rates[0]!["id"]}}","awb":"000-12345675"}""");
        Assert.Equal(HttpStatusCode.OK, airline.StatusCode);
    }
}
