using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Search;

/// <summary>
/// The cabin searched for, sent as <c>ClassFlight</c> (<c>All</c>, <c>Economy</c>, <c>PremiumEconomy</c>, <c>Business</c>,
/// <c>First</c>). An open set: another literal can be sent with <see cref="FromValue"/>. Comparison ignores case.
/// </summary>
[ExtensibleEnum(IgnoreCase = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CabinClass>))]
public readonly partial struct CabinClass
{
    /// <summary>Any cabin (the vendor's example).</summary>
    public static CabinClass All => new("All");

    /// <summary>Economy.</summary>
    public static CabinClass Economy => new("Economy");

    /// <summary>Premium economy.</summary>
    public static CabinClass PremiumEconomy => new("PremiumEconomy");

    /// <summary>Business.</summary>
    public static CabinClass Business => new("Business");

    /// <summary>First.</summary>
    public static CabinClass First => new("First");
}
