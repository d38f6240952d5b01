using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Json;

// Member names exactly as on the wire (PascalCase as declared; `isChild` lower-case).
internal sealed class PassengerWire
{
    public required string Name { get; init; }

    public required string Surname { get; init; }

    public int Age { get; init; }

    public string? Cpf { get; init; }

    public string? Title { get; init; }

    public bool MainPax { get; init; }

    [JsonPropertyName("isChild")]
    public bool IsChild { get; init; }

    public string? Address { get; init; }

    public string? City { get; init; }

    public string? ZipCode { get; init; }

    public string? State { get; init; }

    public string? AddressNumber { get; init; }

    public string? Email { get; init; }

    [JsonPropertyName("PhoneDDD")]
    public string? PhoneDdd { get; init; }

    [JsonPropertyName("PhoneDDI")]
    public string? PhoneDdi { get; init; }

    public string? PhoneNumber { get; init; }
}
