using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.CargoAi;

// The validation rules of a user profile and its offices (the messages the vendor answers in a 400).
public sealed partial class CargoAiEmulator
{
    private static void Require(JsonNode? body, string name, int maxLength, List<string> errors)
    {
        var value = Json.String(body, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{name} cannot be empty");
        }
        else if (value.Length > maxLength)
        {
            errors.Add($"{name}: must be at most {maxLength} characters");
        }
    }

    private static void ValidateOffice(JsonNode? office, List<string> errors, bool rootLevel)
    {
        if (office is not JsonObject)
        {
            errors.Add("offices: each office must be an object");
            return;
        }

        if (!rootLevel && string.IsNullOrEmpty(Json.String(office, "countryCode")))
        {
            errors.Add("offices.countryCode cannot be empty");
        }

        Check(office, "iataCode", SevenDigits(), "must contain exactly 7 digits", errors);
        Check(office, "cassCode", FourDigits(), "must contain exactly 4 digits", errors);
        Check(office, "officeAirportCode", AirportPattern(), "must be a 3-letter IATA code", errors);
        Check(office, "countryCode", CountryPattern(), "must be an ISO 3166-1 alpha-2 code", errors);
    }

    private static void Check(JsonNode office, string name, Regex pattern, string message, List<string> errors)
    {
        var value = Json.String(office, name);
        if (!string.IsNullOrEmpty(value) && !pattern.IsMatch(value))
        {
            errors.Add($"{name}: {message}");
        }
    }

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[0-9]{7}$")]
    private static partial Regex SevenDigits();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")]
    private static partial Regex EmailPattern();
}
