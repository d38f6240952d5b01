using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Transport;
using AviationApis.Core.Errors;

namespace AviationApis.CargoAi.Json;

/// <summary>What <see cref="CargoAiErrorReader"/> found: the generic content, plus booking members when present.</summary>
internal sealed record CargoAiErrorWire(ApiErrorContent Content, CargoAiBookingFailure? Booking);
