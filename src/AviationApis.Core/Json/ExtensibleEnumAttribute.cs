using System.Diagnostics;

namespace AviationApis.Core.Json;

/// <summary>
/// Declares an <see cref="IExtensibleEnum{TSelf}"/>: put it on a top-level <c>public readonly partial struct</c> that
/// also carries <c>[JsonConverter(typeof(ExtensibleEnumJsonConverter&lt;T&gt;))]</c> (the System.Text.Json source
/// generator does not see attributes another generator writes) and declares its known values as documented public
/// static properties of its own type (<c>public static CabinClass Economy { get; } = new("Economy");</c>). The
/// AviationApis.Generators source generator writes the rest: the value field and constructor, <c>Value</c>,
/// <c>IsKnown</c>, <c>FromValue</c>, an internal <c>KnownValues</c> list (every such property, in declaration order),
/// equality, <c>==</c>/<c>!=</c>, <c>ToString</c> and the interfaces. A member the struct declares itself (for example
/// <c>Equals(T)</c> and <c>GetHashCode()</c> for a custom comparison) is not generated.
/// </summary>
/// <remarks>Build-time only: <see cref="ConditionalAttribute"/> keeps it out of the compiled assemblies.</remarks>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
[Conditional("AVIATIONAPIS_GENERATOR_ATTRIBUTES")]
internal sealed class ExtensibleEnumAttribute : Attribute
{
    /// <summary>Compare values ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>) instead of ordinal.</summary>
    public bool IgnoreCase { get; set; }

    /// <summary>Generate a public documented constructor taking the wire value (otherwise it is private).</summary>
    public bool PublicConstructor { get; set; }

    /// <summary>A <see langword="null"/> wire value becomes the empty string instead of an <see cref="ArgumentNullException"/>.</summary>
    public bool NullIsEmpty { get; set; }
}
