using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.CargoAi.Json;
using NodaTime;

namespace AviationApis.CargoAi.Search;

/// <summary>
/// A rate offered for a flight. Amounts are in <see cref="Currency"/>. The server's <see cref="Total"/> is
/// authoritative; <see cref="Shipments.RateTotals"/> recomputes it for display and checks only.
/// </summary>
public sealed record Rate
{
    /// <summary>The rate id used for booking (not always a UUID).</summary>
    public string? Id { get; init; }

    /// <summary>The rate name (<c>Spot</c>, <c>market</c>, <c>contract</c>, <c>promo</c>, or empty).</summary>
    public string? Name { get; init; }

    /// <summary>The rate family.</summary>
    public RateType? Type { get; init; }

    /// <summary>ISO currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>Net rate per kg, without surcharges (0 when the airline gives no split).</summary>
    public decimal? NetRate { get; init; }

    /// <summary>All-in rate per kg, surcharges included.</summary>
    public decimal? AllInRate { get; init; }

    /// <summary>The total price for the shipment (authoritative).</summary>
    public decimal? Total { get; init; }

    /// <summary>Whether this is the carrier's minimum charge (false also means unknown).</summary>
    public bool? MinimumRate { get; init; }

    /// <summary>When the rate was last updated, as sent (may be empty).</summary>
    public string? LastUpdatedDate { get; init; }

    /// <summary>Surcharges; <see langword="null"/> when the airline sent none.</summary>
    public IReadOnlyList<Charge>? Charges { get; init; }

    /// <summary>Other charges due carrier (informational); <see langword="null"/> when the airline sent none.</summary>
    public IReadOnlyList<Charge>? Ocdc { get; init; }

    /// <summary>Whether the rate was uploaded manually (<c>isManualRate</c>): not bookable via API; booking via CargoMART (FlyWINDOW).</summary>
    public bool? IsManualRate { get; init; }

    /// <summary>
    /// The coloader office that offers the rate (<c>coloaderOfficeId</c>; a number or a string). <c>0</c> or absent for
    /// airline rates (the vendor's example); any other value marks a rate from CargoAi's coloader fallback (assumed from
    /// the member's name and the seed's example; the vendor documents the fallback, not the member).
    /// </summary>
    [JsonConverter(typeof(LenientIdJsonConverter))]
    public string? ColoaderOfficeId { get; init; }

    /// <summary><see langword="true"/> for a coloader-fallback rate (<see cref="ColoaderOfficeId"/> set and not <c>0</c>): not bookable via API.</summary>
    [JsonIgnore]
    public bool IsColoaderRate => !string.IsNullOrWhiteSpace(ColoaderOfficeId) && ColoaderOfficeId.Trim() is not ("0" or "0.0");

    /// <summary><see langword="true"/> when the rate itself allows an API booking: neither a manual rate nor a coloader rate.</summary>
    [JsonIgnore]
    public bool IsApiBookable => IsManualRate != true && !IsColoaderRate;

    /// <summary>Whether the rate is a spot rate.</summary>
    public bool? IsSpotQuoteRate { get; init; }

    /// <summary>Rate-specific latest acceptance time.</summary>
    [JsonConverter(typeof(OptionalOffsetDateTimeJsonConverter))]
    public OffsetDateTime? LatestAcceptanceTime { get; init; }

    /// <summary>Rate-specific time of availability.</summary>
    [JsonConverter(typeof(OptionalOffsetDateTimeJsonConverter))]
    public OffsetDateTime? TimeOfAvailability { get; init; }

    /// <summary>Handling codes the rate applies to.</summary>
    public IReadOnlyList<string>? HandlingCodes { get; init; }

    /// <summary>The allotment code.</summary>
    public string? AllotmentCode { get; init; }

    /// <summary>
    /// The FlyWINDOW booking link. Contains a portal token: do not log it. Kept as the text the vendor sent and parsed
    /// when read (a search holds thousands of links, few of them used); <see langword="null"/> when absent or not a
    /// valid URI, so one broken link does not fail the search.
    /// </summary>
    [JsonIgnore]
    public Uri? BookingUrl
    {
        get => Uri.TryCreate(BookingUrlText, UriKind.RelativeOrAbsolute, out var uri) ? uri : null;
        init => BookingUrlText = value?.OriginalString;
    }

    [JsonInclude]
    [JsonPropertyName("bookingURL")]
    internal string? BookingUrlText { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Rate {{ Id = {Id}, Name = {Name}, Type = {Type}, Currency = {Currency}, NetRate = {NetRate}, AllInRate = {AllInRate}, Total = {Total}, Charges = {Charges?.Count ?? 0}, IsManualRate = {IsManualRate}, ColoaderOfficeId = {ColoaderOfficeId}, BookingUrl = {(BookingUrlText is null ? "" : "[REDACTED]")} }}";

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}
