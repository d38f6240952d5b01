using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AviationApis.Core.Json;

namespace AviationApis.Conventions.Tests;

/// <summary>
/// Every extensible enum (generated from <c>[ExtensibleEnum]</c> by AviationApis.Generators) keeps its contract:
/// <c>KnownValues</c> is exactly its public static values, every value round-trips through JSON, an unknown value is
/// kept, and equality is the comparison the type documents.
/// </summary>
public sealed class ExtensibleEnumTests
{
    private const string UnknownValue = "zz-not-a-known-value";

    /// <summary>The types whose comparison is not ordinal (all others compare ordinally, case-sensitive).</summary>
    private static readonly Dictionary<Type, Comparison> NotOrdinal = new()
    {
        [typeof(AviationApis.Cangooroo.Booking.CardBrand)] = Comparison.IgnoreCase,
        [typeof(AviationApis.Cangooroo.Search.CabinClass)] = Comparison.IgnoreCase,
        [typeof(AviationApis.Cangooroo.Search.LuggagePreference)] = Comparison.IgnoreCase,
        [typeof(AviationApis.Cangooroo.Booking.BookingStatus)] = Comparison.Meaning,
    };

    private enum Comparison
    {
        Ordinal,
        IgnoreCase,

        /// <summary>Case, spaces, hyphens and underscores ignored; spelling variants equal.</summary>
        Meaning,
    }

    private static IEnumerable<Type> AllTypes => LibraryAssemblies.PublicTypes
        .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IExtensibleEnum<>)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    public static TheoryData<Type> Types()
    {
        var data = new TheoryData<Type>();
        foreach (var type in AllTypes)
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Every_extensible_enum_of_the_three_clients_is_checked()
    {
        var types = AllTypes.ToList();

        Assert.True(types.Count >= 22, $"only {types.Count} extensible enums found");
        Assert.All(NotOrdinal.Keys, t => Assert.Contains(t, types));
        Assert.Contains(typeof(AviationApis.CargoAi.Search.RateType), types);
        Assert.Contains(typeof(AviationApis.Avinode.Webhooks.WebhookEventType), types);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void KnownValues_is_exactly_the_public_static_values(Type type)
    {
        var declared = DeclaredValues(type);
        var known = KnownValues(type);

        Assert.NotEmpty(declared);
        Assert.Equal(declared.Select(ValueOf).Order(StringComparer.Ordinal), known.Select(ValueOf).Order(StringComparer.Ordinal));
        Assert.All(declared, value => Assert.True(IsKnown(value), $"{type.Name}.{ValueOf(value)} is not known"));
        for (var i = 0; i < declared.Count; i++)
        {
            for (var j = i + 1; j < declared.Count; j++)
            {
                Assert.False(declared[i].Equals(declared[j]), $"{type.Name}: {ValueOf(declared[i])} equals {ValueOf(declared[j])}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_known_value_round_trips_through_json(Type type)
    {
        foreach (var value in DeclaredValues(type))
        {
            AssertRoundTrips(type, value);
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void An_unknown_value_round_trips_and_is_not_known(Type type)
    {
        var unknown = FromValue(type, UnknownValue);

        Assert.False(IsKnown(unknown));
        Assert.Equal(UnknownValue, ValueOf(unknown));
        Assert.Equal(UnknownValue, unknown.ToString());
        AssertRoundTrips(type, unknown);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void The_default_value_is_empty_and_not_known(Type type)
    {
        var empty = Activator.CreateInstance(type)!;

        Assert.Equal(string.Empty, ValueOf(empty));
        Assert.False(IsKnown(empty));
        AssertEqual(type, empty, FromValue(type, string.Empty));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Equality_is_the_documented_comparison(Type type)
    {
        var comparison = NotOrdinal.GetValueOrDefault(type, Comparison.Ordinal);
        foreach (var value in DeclaredValues(type))
        {
            var text = ValueOf(value);
            AssertEqual(type, value, FromValue(type, text));

            var otherCase = SwapCase(text);
            if (comparison == Comparison.Ordinal)
            {
                AssertNotEqual(type, value, FromValue(type, otherCase));
            }
            else
            {
                AssertEqual(type, value, FromValue(type, otherCase));
            }

            var separated = string.Join('_', text.Select(c => c.ToString()));
            if (comparison == Comparison.Meaning)
            {
                AssertEqual(type, value, FromValue(type, separated));
            }
            else if (text.Length > 1)
            {
                AssertNotEqual(type, value, FromValue(type, separated));
            }

            AssertNotEqual(type, value, FromValue(type, UnknownValue));
        }
    }

    [Fact]
    public void Cangooroo_booking_status_spelling_variants_are_known_and_equal()
    {
        var status = typeof(AviationApis.Cangooroo.Booking.BookingStatus);

        AssertEqual(status, AviationApis.Cangooroo.Booking.BookingStatus.Cancelled, FromValue(status, "Canceled"));
        AssertEqual(status, AviationApis.Cangooroo.Booking.BookingStatus.AwaitingPayment, FromValue(status, "AwaitingPayment"));
        AssertEqual(status, AviationApis.Cangooroo.Booking.BookingStatus.InProgress, FromValue(status, "In progress"));
        Assert.True(AviationApis.Cangooroo.Booking.BookingStatus.FromValue("canceled").IsKnown);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_null_value_is_refused_except_by_avinode(Type type)
    {
        if (type.Assembly == typeof(AviationApis.Avinode.Options.AvinodeClientOptions).Assembly)
        {
            Assert.Equal(string.Empty, ValueOf(FromValue(type, null)));
        }
        else
        {
            var thrown = Assert.Throws<TargetInvocationException>(() => FromValue(type, null));
            Assert.IsType<ArgumentNullException>(thrown.InnerException);
        }
    }

    private static void AssertRoundTrips(Type type, object value)
    {
        var wire = ValueOf(value);
        var expectedJson = JsonSerializer.Serialize(wire);
        foreach (var (resolver, typeInfo) in TypeInfos(type))
        {
            var json = JsonSerializer.Serialize(value, typeInfo);
            Assert.True(expectedJson == json, $"{type.Name} '{wire}' through {resolver} wrote {json}");

            var back = JsonSerializer.Deserialize(json, typeInfo)!;
            AssertEqual(type, value, back);
            Assert.Equal(wire, ValueOf(back));
            Assert.Equal(IsKnown(value), IsKnown(back));
        }

        // As a dictionary key (ReadAsPropertyName / WriteAsPropertyName).
        var dictionaryType = typeof(Dictionary<,>).MakeGenericType(type, typeof(int));
        var dictionary = (IDictionary)Activator.CreateInstance(dictionaryType)!;
        dictionary.Add(value, 1);
        var keyJson = JsonSerializer.Serialize(dictionary, dictionaryType, ReflectionOptions);
        Assert.Equal("{" + expectedJson + ":1}", keyJson);
        var keyBack = (IDictionary)JsonSerializer.Deserialize(keyJson, dictionaryType, ReflectionOptions)!;
        Assert.Equal(wire, ValueOf(keyBack.Keys.Cast<object>().Single()));
    }

    /// <summary>The package's own source-generated contexts that know the type, and the [JsonConverter] attribute (reflection).</summary>
    private static IEnumerable<(string Resolver, JsonTypeInfo TypeInfo)> TypeInfos(Type type)
    {
        foreach (var context in type.Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(JsonSerializerContext)) && !t.IsAbstract))
        {
            var instance = (JsonSerializerContext)context.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            if (instance.GetTypeInfo(type) is { } typeInfo)
            {
                yield return (context.Name, typeInfo);
            }
        }

        yield return ("the reflection resolver", ReflectionOptions.GetTypeInfo(type));
    }

    private static JsonSerializerOptions ReflectionOptions { get; } = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static void AssertEqual(Type type, object left, object right)
    {
        Assert.True(left.Equals(right), $"{type.Name}: '{ValueOf(left)}' does not equal '{ValueOf(right)}'");
        Assert.True(Operator(type, "op_Equality", left, right));
        Assert.False(Operator(type, "op_Inequality", left, right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    private static void AssertNotEqual(Type type, object left, object right)
    {
        Assert.False(left.Equals(right), $"{type.Name}: '{ValueOf(left)}' equals '{ValueOf(right)}'");
        Assert.False(Operator(type, "op_Equality", left, right));
        Assert.True(Operator(type, "op_Inequality", left, right));
    }

    private static bool Operator(Type type, string name, object left, object right) =>
        (bool)type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type])!.Invoke(null, [left, right])!;

    private static List<object> DeclaredValues(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Where(p => p.PropertyType == type && p.GetIndexParameters().Length == 0)
        .Select(p => p.GetValue(null)!)
        .ToList();

    private static List<object> KnownValues(Type type)
    {
        var property = type.GetProperty("KnownValues", BindingFlags.NonPublic | BindingFlags.Static);
        Assert.True(property is not null, $"{type.Name} has no KnownValues (is it declared with [ExtensibleEnum]?)");
        return ((IEnumerable)property.GetValue(null)!).Cast<object>().ToList();
    }

    private static object FromValue(Type type, string? value) =>
        type.GetMethod("FromValue", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!.Invoke(null, [value])!;

    private static string ValueOf(object value) => (string)value.GetType().GetProperty("Value")!.GetValue(value)!;

    private static bool IsKnown(object value) => (bool)value.GetType().GetProperty("IsKnown")!.GetValue(value)!;

    private static string SwapCase(string text) =>
        new(text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());
}
