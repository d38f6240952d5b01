namespace AviationApis.Cangooroo.Booking;

/// <summary>
/// A passenger of a booking (an item of <c>Passengers</c>). The first passenger passed to
/// <see cref="ICangoorooFlightClient.BookAsync"/> is the main passenger (<c>MainPax</c>) and must be an adult. Checked
/// before sending: name and surname set, age 0–120, e-mail with an <c>@</c> when given, and the numbers of adults and
/// children matching the search. <see cref="ToString"/> shows only title, name and age (no CPF, address or contact).
/// </summary>
public sealed record Passenger
{
    /// <summary>The given name (<c>Name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The surname (<c>Surname</c>).</summary>
    public required string Surname { get; init; }

    /// <summary>The age in years (<c>Age</c>).</summary>
    public required int Age { get; init; }

    /// <summary><see langword="true"/> for a child (<c>isChild</c>, lower-case on the wire); children are counted against the search's children's ages.</summary>
    public bool IsChild { get; init; }

    /// <summary>The title, e.g. <c>Mr</c> (the only value the vendor shows; others assumed: <c>Mrs</c>, <c>Ms</c>).</summary>
    public string? Title { get; init; }

    /// <summary>The Brazilian CPF number, e.g. <c>011.400.289-22</c> (<c>Cpf</c>).</summary>
    public string? Cpf { get; init; }

    /// <summary>The street (<c>Address</c>).</summary>
    public string? Address { get; init; }

    /// <summary>The house number (<c>AddressNumber</c>).</summary>
    public string? AddressNumber { get; init; }

    /// <summary>The city (<c>City</c>).</summary>
    public string? City { get; init; }

    /// <summary>The state (<c>State</c>).</summary>
    public string? State { get; init; }

    /// <summary>The postal code (<c>ZipCode</c>).</summary>
    public string? ZipCode { get; init; }

    /// <summary>The e-mail address (<c>Email</c>).</summary>
    public string? Email { get; init; }

    /// <summary>The phone's country code, e.g. <c>55</c> (<c>PhoneDDI</c>).</summary>
    public string? PhoneCountryCode { get; init; }

    /// <summary>The phone's area code, e.g. <c>11</c> (<c>PhoneDDD</c>).</summary>
    public string? PhoneAreaCode { get; init; }

    /// <summary>The phone number without country and area code (<c>PhoneNumber</c>).</summary>
    public string? PhoneNumber { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{nameof(Passenger)}({Title} {Name} {Surname}, age {Age}{(IsChild ? ", child" : string.Empty)})".Replace("( ", "(", StringComparison.Ordinal);
}
