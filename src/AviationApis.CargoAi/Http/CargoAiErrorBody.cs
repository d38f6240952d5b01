using AviationApis.CargoAi.Booking;
using AviationApis.Core.Errors;

namespace AviationApis.CargoAi.Http;

/// <summary>What <see cref="CargoAiErrorReader"/> found: the generic content, plus booking members when present.</summary>
internal sealed record CargoAiErrorBody(ApiErrorContent Content, CargoAiBookingFailure? Booking);
