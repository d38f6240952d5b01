namespace AviationApis.CargoAi.Search;

/// <summary>A surcharge of a rate: <see cref="Rate"/> times the quantity named by <see cref="Type"/>, bounded by <see cref="MinAmount"/> / <see cref="MaxAmount"/>.</summary>
public sealed record Charge
{
    /// <summary>Label, e.g. <c>Fuel surcharge</c>.</summary>
    public string? Label { get; init; }

    /// <summary>Code, e.g. <c>fsc</c>.</summary>
    public string? Code { get; init; }

    /// <summary>What the rate is multiplied by.</summary>
    public ChargeBasis? Type { get; init; }

    /// <summary>The charge rate.</summary>
    public decimal? Rate { get; init; }

    /// <summary>The minimum amount (0 = none).</summary>
    public decimal? MinAmount { get; init; }

    /// <summary>The maximum amount (0 = none, our assumption).</summary>
    public decimal? MaxAmount { get; init; }
}
