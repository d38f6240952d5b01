using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Search;

/// <summary>
/// The checks made before sending a search. Fields are named as the caller wrote them (the C# property: <c>Origin</c>),
/// not by their wire names.
/// </summary>
internal static class FlightSearchCriteriaValidation
{
    public static List<ApiFieldError> Validate(FlightSearchCriteria criteria)
    {
        var errors = new List<ApiFieldError>();
        CheckIata(errors, nameof(FlightSearchCriteria.Origin), criteria.Origin);
        CheckIata(errors, nameof(FlightSearchCriteria.Destination), criteria.Destination);
        if (IsIata(criteria.Origin) && IsIata(criteria.Destination) && string.Equals(criteria.Origin, criteria.Destination, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new(nameof(FlightSearchCriteria.Destination), "must differ from the origin."));
        }

        if (criteria.ReturnDate is { } back && back < criteria.DepartureDate)
        {
            errors.Add(new(nameof(FlightSearchCriteria.ReturnDate), "must not be before the departure date."));
        }

        if (criteria.Adults < 1)
        {
            errors.Add(new(nameof(FlightSearchCriteria.Adults), "must be at least 1."));
        }

        var ages = criteria.ChildrenAges ?? [];
        for (var i = 0; i < ages.Count; i++)
        {
            if (ages[i] is < 0 or > 17)
            {
                errors.Add(new($"{nameof(FlightSearchCriteria.ChildrenAges)}[{i}]", "must be between 0 and 17."));
            }
        }

        if (criteria.Nationality is not { Length: 2 } nationality || !nationality.All(char.IsAsciiLetter))
        {
            errors.Add(new(nameof(FlightSearchCriteria.Nationality), "must be a two-letter country code, e.g. BR."));
        }

        if (string.IsNullOrWhiteSpace(criteria.Cabin.Value))
        {
            errors.Add(new(nameof(FlightSearchCriteria.Cabin), "is required."));
        }

        if (string.IsNullOrWhiteSpace(criteria.Luggage.Value))
        {
            errors.Add(new(nameof(FlightSearchCriteria.Luggage), "is required."));
        }

        return errors;
    }

    private static void CheckIata(List<ApiFieldError> errors, string field, string? code)
    {
        if (!IsIata(code))
        {
            errors.Add(new(field, "must be a three-letter IATA airport code."));
        }
    }

    private static bool IsIata(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetter);
}
