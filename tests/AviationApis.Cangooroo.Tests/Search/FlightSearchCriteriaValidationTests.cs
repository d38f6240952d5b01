using AviationApis.Cangooroo.Search;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Core.Errors;
using NodaTime;

namespace AviationApis.Cangooroo.Tests.Search;

public sealed class FlightSearchCriteriaValidationTests
{
    public static TheoryData<string, FlightSearchCriteria> BadCriteria => new()
    {
        { "Origin", CangoorooHarness.SeedCriteria with { Origin = "GR" } },
        { "Origin", CangoorooHarness.SeedCriteria with { Origin = "GR1" } },
        { "Destination", CangoorooHarness.SeedCriteria with { Destination = "GIGA" } },
        { "Destination", CangoorooHarness.SeedCriteria with { Destination = "gru" } },
        { "ReturnDate", CangoorooHarness.SeedCriteria with { ReturnDate = new LocalDate(2020, 1, 19) } },
        { "Adults", CangoorooHarness.SeedCriteria with { Adults = 0 } },
        { "ChildrenAges[0]", CangoorooHarness.SeedCriteria with { ChildrenAges = [18] } },
        { "Nationality", CangoorooHarness.SeedCriteria with { Nationality = "BRA" } },
    };

    [Theory]
    [MemberData(nameof(BadCriteria))]
    public async Task Invalid_criteria_are_refused_before_sending(string field, FlightSearchCriteria criteria)
    {
        using var harness = new CangoorooHarness();
        harness.OnAllPayloads();

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.RunAsync(c => c.SearchAsync(criteria)));

        Assert.Contains(ex.FieldErrors, e => e.Field == field);
        Assert.Equal(0, ex.Attempts);
        Assert.Empty(harness.Requests);
    }
}
