using AviationApis.Core.Pipeline;

namespace AviationApis.Cangooroo.Options;

/// <summary>
/// Settings of one Cangooroo Air connection, conventionally bound from the <c>Cangooroo</c> configuration section.
/// <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class CangoorooClientOptions
{
    /// <summary>The conventional configuration section name.</summary>
    public const string SectionName = "Cangooroo";

    /// <summary>The default booking path segment (<c>Flight.svc/Booking</c>), as in the vendor's endpoint list.</summary>
    public const string DefaultBookingPathSegment = "Booking";

    /// <summary>The alternative booking path segment some Cangooroo services use (<c>Flight.svc/DoBooking</c>).</summary>
    public const string DoBookingPathSegment = "DoBooking";

    /// <summary>
    /// The licensee's own host, e.g. <c>https://ws-{client}.cangooroo.net/</c> (required). Any path it has is kept:
    /// requests go to <c>{BaseAddress}/ws/Rest/Flight.svc/{Method}</c>.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The user name the operator gave you (sent in the body as <c>Credential.Username</c>; required).</summary>
    public string? Username { get; set; }

    /// <summary>The password the operator gave you (sent in the body as <c>Credential.Password</c>; required). Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// The last path segment of the booking method: <see cref="DefaultBookingPathSegment"/> (<c>Booking</c>, the default)
    /// or <see cref="DoBookingPathSegment"/> (<c>DoBooking</c>).
    /// </summary>
    public string BookingPathSegment { get; set; } = DefaultBookingPathSegment;

    /// <summary>Retry, timeout, circuit-breaker and logging settings (section <c>Cangooroo:Pipeline</c>).</summary>
    public AviationPipelineOptions Pipeline { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(CangoorooClientOptions)}(BaseAddress: {BaseAddress}, Username: {Username}, Password: {(string.IsNullOrEmpty(Password) ? "(not set)" : "[REDACTED]")}, BookingPathSegment: {BookingPathSegment})";
}
