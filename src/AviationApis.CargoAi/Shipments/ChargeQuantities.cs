namespace AviationApis.CargoAi.Shipments;

/// <summary>The quantities charges are multiplied by.</summary>
/// <param name="ChargeableWeight">Chargeable weight in kg (also the basis of the freight: net rate × chargeable weight).</param>
/// <param name="GrossWeight">Gross weight in kg.</param>
/// <param name="Pieces">Number of pieces.</param>
public sealed record ChargeQuantities(decimal ChargeableWeight, decimal GrossWeight, int Pieces)
{
    /// <summary>The quantities of a shipment; chargeable weight from the shipment when set, else computed by <see cref="Shipments.ChargeableWeight.Calculate(Shipment)"/>.</summary>
    /// <param name="shipment">The shipment.</param>
    /// <returns>The quantities.</returns>
    public static ChargeQuantities From(Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        return new ChargeQuantities(shipment.ChargeableWeight ?? Shipments.ChargeableWeight.Calculate(shipment), shipment.Weight, shipment.Pieces);
    }
}
