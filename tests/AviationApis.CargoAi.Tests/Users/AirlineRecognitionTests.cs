using AviationApis.CargoAi.Users;

namespace AviationApis.CargoAi.Tests.Users;

public sealed class AirlineRecognitionTests
{
    [Fact]
    public void The_seed_lists_seven_airlines_needing_a_customer_id()
    {
        Assert.Equal(
            ["American Airlines", "Finnair", "Virgin Atlantic Airways", "Lufthansa", "Singapore Airlines", "Qantas Airways", "WestJet"],
            AirlineRecognition.AirlinesRequiringCustomerId.Select(a => a.Name));
    }

    [Fact]
    public void Cass_without_customer_ids_warns_about_the_seven()
    {
        var report = AirlineRecognition.Assess(new AirlineCredentials { CassCode = "0001" });

        Assert.True(report.HasIataCass);
        Assert.Equal(7, report.AirlinesWithoutRates.Count);
        Assert.False(report.ColoaderFallbackOnly);
        Assert.True(report.HasWarnings);
    }

    [Fact]
    public void Customer_ids_by_code_or_name_remove_airlines_from_the_warning()
    {
        var report = AirlineRecognition.Assess(new AirlineCredentials { CassCode = "0001", AirlinesWithCustomerId = ["LH", "finnair", "AA", "VS", "SQ", "QF", "WS"] });

        Assert.Empty(report.AirlinesWithoutRates);
        Assert.False(report.HasWarnings);
    }

    [Fact]
    public void No_cass_and_no_customer_id_leaves_only_the_coloader_fallback()
    {
        var report = AirlineRecognition.Assess(new AirlineCredentials());

        Assert.False(report.HasIataCass);
        Assert.True(report.ColoaderFallbackOnly);
    }
}
