namespace AviationApis.Cangooroo.Search;

/// <summary>A baggage allowance of a flight (an item of <c>Luggages</c>).</summary>
public sealed record LuggageAllowance
{
    /// <summary>How many pieces.</summary>
    public int? Quantity { get; init; }

    /// <summary>The weight per piece, in kilograms (assumed: the vendor gives no unit).</summary>
    public decimal? Weight { get; init; }

    /// <summary>The vendor's description.</summary>
    public string? Description { get; init; }
}
