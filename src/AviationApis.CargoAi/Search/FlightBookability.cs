namespace AviationApis.CargoAi.Search;

/// <summary>Whether a flight can be booked through the API (<c>available</c> and <c>features.bookable</c> both true), and why not.</summary>
/// <param name="IsBookable"><see langword="true"/> when the flight can be booked with <c>POST /book</c>.</param>
/// <param name="Reason">Why not, when not bookable: the vendor's <c>availableReason</c> or a description of the missing flag.</param>
public sealed record FlightBookability(bool IsBookable, string? Reason);
