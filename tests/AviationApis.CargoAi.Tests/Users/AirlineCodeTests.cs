using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Users;

namespace AviationApis.CargoAi.Tests.Users;

/// <summary>Seed 001: the airlines needing a customer id, recognised by the codes a search returns and by name.</summary>
public sealed class AirlineCodeTests
{
    public static TheoryData<string, string, string, string> Listed => new()
    {
        { "American Airlines", "AA", "AAL", "001" },
        { "Finnair", "AY", "FIN", "105" },
        { "Virgin Atlantic Airways", "VS", "VIR", "932" },
        { "Lufthansa", "LH", "DLH", "020" },
        { "Singapore Airlines", "SQ", "SIA", "618" },
        { "Qantas Airways", "QF", "QFA", "081" },
        { "WestJet", "WS", "WJA", "838" },
    };

    [Theory]
    [MemberData(nameof(Listed))]
    public void Every_listed_airline_is_recognised_by_IATA_ICAO_prefix_and_name(string name, string iata, string icao, string prefix)
    {
        foreach (var form in new[] { iata, iata.ToLowerInvariant(), icao, icao.ToLowerInvariant(), prefix, name, name.ToUpperInvariant(), $" {name} ", $"{name} ({icao})" })
        {
            Assert.Equal(name, AirlineRecognition.FindAirlineRequiringCustomerId(form)?.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Listed))]
    public void A_customer_id_given_under_any_code_removes_exactly_that_airline_from_the_warning(string name, string iata, string icao, string prefix)
    {
        foreach (var form in new[] { iata, icao, prefix, name })
        {
            var report = AirlineRecognition.Assess(new AirlineCredentials { CassCode = "0001", AirlinesWithCustomerId = [form] });

            Assert.Equal(6, report.AirlinesWithoutRates.Count);
            Assert.DoesNotContain(report.AirlinesWithoutRates, a => a.Name == name);
        }
    }

    [Theory]
    [MemberData(nameof(Listed))]
    public void A_search_result_of_a_listed_airline_says_it_needs_a_customer_id(string name, string iata, string icao, string prefix)
    {
        _ = prefix;
        Assert.Equal(name, new Flight { AirlineCode = iata }.AirlineNeedingCustomerId?.Name);
        Assert.Equal(name, new Flight { AirlineCode = icao }.AirlineNeedingCustomerId?.Name);
        Assert.Equal(name, Assert.Single(new SearchError { Error = "Customer ID not found", Airlines = [iata, icao] }.AirlinesNeedingCustomerId).Name);
    }

    [Theory]
    [InlineData("AF")]
    [InlineData("AFR")]
    [InlineData("Air France")]
    [InlineData("American Eagle")]
    [InlineData("00")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_airlines_are_not_listed(string? codeOrName)
    {
        Assert.Null(AirlineRecognition.FindAirlineRequiringCustomerId(codeOrName));
        Assert.Null(new Flight { AirlineCode = codeOrName }.AirlineNeedingCustomerId);
    }

    [Fact]
    public void The_seed_writes_American_Airlines_with_its_ICAO_code()
    {
        var american = AirlineRecognition.FindAirlineRequiringCustomerId("American Airlines (AAL)");

        Assert.NotNull(american);
        Assert.Equal(("AA", "AAL"), (american.IataCode, american.IcaoCode));
    }
}
