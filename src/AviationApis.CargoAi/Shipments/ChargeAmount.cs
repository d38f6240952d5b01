using AviationApis.CargoAi.Search;

namespace AviationApis.CargoAi.Shipments;

/// <summary>The amount of one charge of a rate.</summary>
/// <param name="Charge">The charge.</param>
/// <param name="Amount">Rate × basis quantity, raised to the minimum and capped at the maximum (when those are above 0).</param>
/// <param name="IsKnownBasis">Whether the basis was one of SHIPMENT, GROSS_WEIGHT, CHARGEABLE_WEIGHT, PIECES; unknown bases count 0.</param>
public sealed record ChargeAmount(Charge Charge, decimal Amount, bool IsKnownBasis);
