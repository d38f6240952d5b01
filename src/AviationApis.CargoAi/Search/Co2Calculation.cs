namespace AviationApis.CargoAi.Search;

/// <summary>CO2 emissions of a leg.</summary>
public sealed record Co2Calculation
{
    /// <summary>Emissions in kg.</summary>
    public double? Value { get; init; }

    /// <summary><see langword="true"/> when <see cref="Value"/> is an estimate rather than a calculated figure.</summary>
    public bool? Estimation { get; init; }
}
