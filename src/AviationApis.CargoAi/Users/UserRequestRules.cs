using AviationApis.Core.Errors;

namespace AviationApis.CargoAi.Users;

/// <summary>
/// The vendor's documented user formats (cargoai.readme.io "data format"): names 1–45 characters, email at most 66 with
/// an '@', company at most 45, ISO 3166-1 alpha-2 country (two letters), IATA exactly 7 digits, CASS exactly 4 digits,
/// airport exactly 3 letters, partner id at most 45. Nothing beyond these documented rules is checked.
/// </summary>
internal static class UserRequestRules
{
    public static List<ApiFieldError> Check(CreateUserRequest request)
    {
        var errors = new List<ApiFieldError>();
        Name(errors, "firstName", request.FirstName);
        Name(errors, "lastName", request.LastName);
        Email(errors, "email", request.Email);
        Company(errors, "companyName", request.CompanyName);
        Country(errors, "countryCode", request.CountryCode, required: true);
        Digits(errors, "iataCode", request.IataCode, 7);
        Digits(errors, "cassCode", request.CassCode, 4);
        Airport(errors, "officeAirportCode", request.OfficeAirportCode);
        if (request.PartnerId is { Length: > 45 })
        {
            errors.Add(new ApiFieldError("partnerId", "must be at most 45 characters."));
        }

        Offices(errors, request.Offices);
        return errors;
    }

    public static List<ApiFieldError> Check(UpdateUserRequest request)
    {
        var errors = new List<ApiFieldError>();
        Name(errors, "firstName", request.FirstName);
        Name(errors, "lastName", request.LastName);
        Email(errors, "email", request.Email);
        Company(errors, "companyName", request.CompanyName);
        if (request.Offices is null || request.Offices.Count == 0)
        {
            errors.Add(new ApiFieldError("offices", "at least one office is required."));
        }

        Offices(errors, request.Offices);
        return errors;
    }

    public static void Email(List<ApiFieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new ApiFieldError(field, "is required."));
        }
        else if (value.Length > 66)
        {
            errors.Add(new ApiFieldError(field, "must be at most 66 characters."));
        }
        else if (value.IndexOf('@', StringComparison.Ordinal) is <= 0 || value.EndsWith('@'))
        {
            errors.Add(new ApiFieldError(field, "must be an email address."));
        }
    }

    private static void Offices(List<ApiFieldError> errors, IReadOnlyList<UserOffice>? offices)
    {
        for (var i = 0; offices is not null && i < offices.Count; i++)
        {
            var office = offices[i];
            var prefix = $"offices[{i}].";
            if (office is null)
            {
                errors.Add(new ApiFieldError($"offices[{i}]", "must not be null."));
                continue;
            }

            Country(errors, prefix + "countryCode", office.CountryCode, required: true);
            Digits(errors, prefix + "iataCode", office.IataCode, 7);
            Digits(errors, prefix + "cassCode", office.CassCode, 4);
            Airport(errors, prefix + "officeAirportCode", office.OfficeAirportCode);
        }
    }

    private static void Name(List<ApiFieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new ApiFieldError(field, "is required."));
        }
        else if (value.Length > 45)
        {
            errors.Add(new ApiFieldError(field, "must be 1 to 45 characters."));
        }
    }

    private static void Company(List<ApiFieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new ApiFieldError(field, "is required."));
        }
        else if (value.Length > 45)
        {
            errors.Add(new ApiFieldError(field, "must be at most 45 characters."));
        }
    }

    private static void Country(List<ApiFieldError> errors, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new ApiFieldError(field, "is required."));
            }
        }
        else if (value.Length != 2 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            errors.Add(new ApiFieldError(field, "must be an ISO 3166-1 alpha-2 country code (two letters)."));
        }
    }

    private static void Digits(List<ApiFieldError> errors, string field, string? value, int length)
    {
        if (value is not null && (value.Length != length || !value.All(char.IsAsciiDigit)))
        {
            errors.Add(new ApiFieldError(field, $"must be exactly {length} digits."));
        }
    }

    private static void Airport(List<ApiFieldError> errors, string field, string? value)
    {
        if (value is not null && (value.Length != 3 || !value.All(char.IsAsciiLetter)))
        {
            errors.Add(new ApiFieldError(field, "must be a 3-letter IATA airport code."));
        }
    }
}
