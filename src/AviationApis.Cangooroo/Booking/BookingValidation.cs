using AviationApis.Cangooroo.Search;
using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Booking;

/// <summary>
/// The checks made before sending a booking; messages never contain card data. Fields are named as the caller wrote them
/// (the argument: <c>passengers[0].Name</c>, <c>payment.Number</c>), not by their wire names.
/// </summary>
internal static class BookingValidation
{
    public static List<ApiFieldError> Validate(FlightSearchCriteria criteria, IReadOnlyList<Passenger> passengers, PaymentCard payment, DateTimeOffset now)
    {
        var errors = new List<ApiFieldError>();
        if (passengers.Count == 0)
        {
            errors.Add(new("passengers", "at least one passenger (the main passenger) is required."));
        }

        for (var i = 0; i < passengers.Count; i++)
        {
            var passenger = passengers[i];
            var path = $"passengers[{i}]";
            if (passenger is null)
            {
                errors.Add(new(path, "must not be null."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(passenger.Name))
            {
                errors.Add(new($"{path}.Name", "is required."));
            }

            if (string.IsNullOrWhiteSpace(passenger.Surname))
            {
                errors.Add(new($"{path}.Surname", "is required."));
            }

            if (passenger.Age is < 0 or > 120)
            {
                errors.Add(new($"{path}.Age", "must be between 0 and 120."));
            }

            if (!string.IsNullOrEmpty(passenger.Email) && (!passenger.Email.Contains('@', StringComparison.Ordinal) || passenger.Email.Any(char.IsWhiteSpace)))
            {
                errors.Add(new($"{path}.Email", "is not an e-mail address."));
            }

            if (i == 0 && passenger.IsChild)
            {
                errors.Add(new($"{path}.IsChild", "the first passenger is the main passenger and must be an adult."));
            }
        }

        var adults = passengers.Count(p => p is { IsChild: false });
        var children = passengers.Count(p => p is { IsChild: true });
        if (passengers.Count > 0 && adults != criteria.Adults)
        {
            errors.Add(new("passengers", $"the search was for {criteria.Adults} adult(s) but {adults} adult passenger(s) were given."));
        }

        var searchedChildren = criteria.ChildrenAges?.Count ?? 0;
        if (passengers.Count > 0 && children != searchedChildren)
        {
            errors.Add(new("passengers", $"the search was for {searchedChildren} child(ren) but {children} child passenger(s) were given."));
        }

        if (payment is null)
        {
            errors.Add(new("payment", "is required."));
            return errors;
        }

        if (string.IsNullOrWhiteSpace(payment.Holder))
        {
            errors.Add(new("payment.Holder", "is required."));
        }

        if (!payment.IsLuhnValid)
        {
            errors.Add(new("payment.Number", "is not a valid card number (12–19 digits passing the Luhn check)."));
        }

        if (payment.SecurityCode is not { Length: 3 or 4 } code || !code.All(char.IsAsciiDigit))
        {
            errors.Add(new("payment.SecurityCode", "must be 3 or 4 digits."));
        }

        if (payment.ExpiryMonth is < 1 or > 12)
        {
            errors.Add(new("payment.ExpiryMonth", "must be between 1 and 12."));
        }
        else if (payment.ExpiryYear is < 2000 or > 9999)
        {
            errors.Add(new("payment.ExpiryYear", "must be a four-digit year."));
        }
        else
        {
            var utc = now.UtcDateTime;
            if (payment.ExpiryYear < utc.Year || (payment.ExpiryYear == utc.Year && payment.ExpiryMonth < utc.Month))
            {
                errors.Add(new("payment.ExpiryYear", "the card has expired."));
            }
        }

        if (payment.Installments < 1)
        {
            errors.Add(new("payment.Installments", "must be at least 1."));
        }

        if (string.IsNullOrWhiteSpace(payment.Brand.Value))
        {
            errors.Add(new("payment.Brand", "is required."));
        }

        return errors;
    }
}
