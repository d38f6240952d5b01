namespace AviationApis.CargoAi.Shipments;

/// <summary>
/// Chargeable weight = max(gross weight, volumetric weight), volumetric at 1:6000 (6000 cm³ per kg, i.e. 166.67 kg per
/// m³), the divisor evidenced by CargoAi's own examples (100 kg in 1 m³ → 166.67) and rate-sheet template (density 1:6).
/// Weights are kg under both units; volumes are m³ (METRIC) or cubic feet (IMPERIAL), lengths cm or inches. Results are
/// rounded to 2 decimals (away from zero) like the vendor's examples. The server computes its own value when
/// <see cref="Shipment.ChargeableWeight"/> is omitted; this helper is for display and checks.
/// </summary>
public static class ChargeableWeight
{
    /// <summary>Cubic centimetres per kilogram of the volumetric ratio.</summary>
    public const decimal CubicCentimetresPerKilogram = 6000m;

    /// <summary>Cubic centimetres in one cubic metre.</summary>
    public const decimal CubicCentimetresPerCubicMetre = 1_000_000m;

    /// <summary>Cubic centimetres in one cubic foot (exact: 30.48³).</summary>
    public const decimal CubicCentimetresPerCubicFoot = 28_316.846592m;

    /// <summary>Cubic centimetres in one cubic inch (exact: 2.54³).</summary>
    public const decimal CubicCentimetresPerCubicInch = 16.387064m;

    /// <summary>The volumetric weight of a volume.</summary>
    /// <param name="volume">The volume in m³ (METRIC) or cubic feet (IMPERIAL).</param>
    /// <param name="unit">The measurement unit; <see langword="null"/> means METRIC (the vendor's default).</param>
    /// <returns>The volumetric weight in kg, rounded to 2 decimals.</returns>
    public static decimal Volumetric(decimal volume, MeasurementUnit? unit = null) =>
        Round(ToCubicCentimetres(volume, unit) / CubicCentimetresPerKilogram);

    /// <summary>The chargeable weight of a gross weight and a volume.</summary>
    /// <param name="grossWeightKg">The gross weight in kg.</param>
    /// <param name="volume">The volume in m³ (METRIC) or cubic feet (IMPERIAL).</param>
    /// <param name="unit">The measurement unit; <see langword="null"/> means METRIC.</param>
    /// <returns>max(gross, volumetric) in kg, rounded to 2 decimals.</returns>
    public static decimal Calculate(decimal grossWeightKg, decimal volume, MeasurementUnit? unit = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(grossWeightKg);
        ArgumentOutOfRangeException.ThrowIfNegative(volume);
        return Math.Max(Round(grossWeightKg), Volumetric(volume, unit));
    }

    /// <summary>
    /// The chargeable weight of a shipment: shipment totals when given (weight and volume &gt; 0), otherwise the sums of
    /// its piece groups (see <see cref="GroupWeight"/> and <see cref="GroupVolume"/>).
    /// </summary>
    /// <param name="shipment">The shipment.</param>
    /// <returns>The chargeable weight in kg.</returns>
    public static decimal Calculate(Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var groups = shipment.Dimensions ?? [];
        var gross = shipment.Weight > 0 ? shipment.Weight : groups.Sum(GroupWeight);
        var volume = shipment.Volume > 0 ? shipment.Volume : groups.Sum(g => GroupVolume(g, shipment.MeasurementUnit));
        return Calculate(gross, volume, shipment.MeasurementUnit);
    }

    /// <summary>The gross weight of a piece group: its weight times its pieces when per item (the default), its weight when TOTAL.</summary>
    /// <param name="group">The piece group.</param>
    /// <returns>The group's gross weight in kg.</returns>
    public static decimal GroupWeight(PieceGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.WeightType == WeightType.Total ? group.Weight : group.Weight * Math.Max(group.Pieces, 1);
    }

    /// <summary>
    /// The volume of a piece group in m³ (METRIC) or cubic feet (IMPERIAL): its <see cref="PieceGroup.Volume"/> when given
    /// (BUP / ULD groups often give only that), otherwise length × width × height × pieces converted from cm³ or in³.
    /// </summary>
    /// <param name="group">The piece group.</param>
    /// <param name="unit">The measurement unit; <see langword="null"/> means METRIC.</param>
    /// <returns>The group's volume.</returns>
    public static decimal GroupVolume(PieceGroup group, MeasurementUnit? unit = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Volume is > 0 and var volume)
        {
            return volume;
        }

        var cubic = group.Length * group.Width * group.Height * Math.Max(group.Pieces, 1);
        return IsImperial(unit) ? cubic * CubicCentimetresPerCubicInch / CubicCentimetresPerCubicFoot : cubic / CubicCentimetresPerCubicMetre;
    }

    private static decimal ToCubicCentimetres(decimal volume, MeasurementUnit? unit) =>
        volume * (IsImperial(unit) ? CubicCentimetresPerCubicFoot : CubicCentimetresPerCubicMetre);

    private static bool IsImperial(MeasurementUnit? unit) =>
        unit is { } u && string.Equals(u.Value, MeasurementUnit.Imperial.Value, StringComparison.OrdinalIgnoreCase);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
