namespace AviationApis.CargoAi.Shipments;

/// <summary>
/// One piece group of a shipment (the vendor's <c>Dimension</c> object). Lengths in cm (METRIC) or inches (IMPERIAL);
/// weight in kg, per piece or for the group according to <see cref="WeightType"/>.
/// </summary>
public sealed record PieceGroup
{
    /// <summary>Number of pieces in the group.</summary>
    public int Pieces { get; init; }

    /// <summary>Length of one piece.</summary>
    public decimal Length { get; init; }

    /// <summary>Width of one piece.</summary>
    public decimal Width { get; init; }

    /// <summary>Height of one piece.</summary>
    public decimal Height { get; init; }

    /// <summary>Weight in kg, per piece (<see cref="Shipments.WeightType.PerItem"/>) or for the whole group (<see cref="Shipments.WeightType.Total"/>).</summary>
    public decimal Weight { get; init; }

    /// <summary>Dimensions, totals only, or built-up unit (BUP). The server defaults to DIMENSIONS.</summary>
    public LoadType? LoadType { get; init; }

    /// <summary>Whether <see cref="Weight"/> is per piece or the group's total. The server defaults to PER_ITEM.</summary>
    public WeightType? WeightType { get; init; }

    /// <summary>Whether pieces can be stacked (server default true).</summary>
    public bool? Stackable { get; init; }

    /// <summary>Whether pieces can be tilted (server default false).</summary>
    public bool? Tiltable { get; init; }

    /// <summary>Whether pieces can be loaded on top (server default false). Sent as <c>toploadable</c> (the OpenAPI spelling); <c>topLoadable</c> is read too.</summary>
    public bool? Toploadable { get; init; }

    /// <summary>The group's volume in cbm (METRIC) or cubic feet (IMPERIAL), when known.</summary>
    public decimal? Volume { get; init; }

    /// <summary>The ULD type; required when the load type or handling code is BUP.</summary>
    public UldType? UldType { get; init; }
}
