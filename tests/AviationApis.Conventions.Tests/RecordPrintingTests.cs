using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AviationApis.Conventions.Tests;

/// <summary>
/// The compiler's record printing calls <c>ToString()</c> on collection members (<c>System.Collections.Generic.List`1[…]</c>).
/// Every public record of the client packages and Core with a collection or dictionary member prints readably, through
/// <c>ModelText</c> in its <c>PrintMembers</c> hook (or its own redacting <c>ToString</c>).
/// </summary>
public sealed partial class RecordPrintingTests
{
    private static readonly string[] PrintedAssemblies =
        ["AviationApis.Core", "AviationApis.CargoAi", "AviationApis.Cangooroo", "AviationApis.Avinode"];

    public static TheoryData<string> RecordsWithCollections()
    {
        var data = new TheoryData<string>();
        foreach (var type in PrintedRecords().Where(HasCollectionMember))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    // FlightSearchResult and CancellationPolicyQuote are classes with their own summary (counts, no collections).
    [Theory]
    [InlineData("AviationApis.CargoAi.Search.SearchResponse")]
    [InlineData("AviationApis.CargoAi.Search.Flight")]
    [InlineData("AviationApis.CargoAi.Search.Rate")]
    [InlineData("AviationApis.CargoAi.Booking.BookingResult")]
    [InlineData("AviationApis.Cangooroo.Search.FlightSolution")]
    [InlineData("AviationApis.Cangooroo.Booking.FlightBooking")]
    [InlineData("AviationApis.Avinode.SchedAero.Contacts.ContactPerson")]
    [InlineData("AviationApis.Avinode.SchedAero.Trips.Trip")]
    [InlineData("AviationApis.Avinode.SchedAero.Quotes.Quote")]
    [InlineData("AviationApis.Avinode.Marketplace.Trips.MarketplaceTrip")]
    [InlineData("AviationApis.Avinode.Marketplace.Rfqs.Rfq")]
    [InlineData("AviationApis.Avinode.Marketplace.TripMessages.TripMessage")]
    [InlineData("AviationApis.Avinode.Envelope.AvinodeMeta")]
    [InlineData("AviationApis.Core.Errors.ApiErrorContent")]
    public void The_records_of_the_readme_flows_are_checked(string typeName)
    {
        var names = PrintedRecords().Where(HasCollectionMember).Select(t => t.FullName!).ToHashSet();

        Assert.Contains(typeName, names);
    }

    [Theory]
    [MemberData(nameof(RecordsWithCollections))]
    public void A_record_with_collections_prints_them_readably(string typeName)
    {
        var type = PrintedRecords().Single(t => t.FullName == typeName);
        var instance = Create(type, depth: 0);

        var text = instance.ToString()!;

        Assert.DoesNotContain("System.Collections", text, StringComparison.Ordinal);
        Assert.DoesNotContain("`", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(ArrayTypeName(), text);
        Assert.DoesNotContain("KeyValuePair", text, StringComparison.Ordinal);
        if (HasCompilerToString(type))
        {
            // The hook lists every member the compiler would: none forgotten.
            var missing = PrintableProperties(type).Where(p => !text.Contains(p.Name + " = ", StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"{type.Name} does not print {string.Join(", ", missing.Select(p => p.Name))}: {text}\n{SuggestedHook(type)}");
        }
    }

    [Fact]
    public void Elements_print_as_their_own_text_and_dictionaries_as_their_keys()
    {
        var details = new AviationApis.Core.Errors.ApiErrorDetails
        {
            StatusCode = System.Net.HttpStatusCode.BadRequest,
            Messages = ["bad"],
            FieldErrors = [new("origin", "required"), new("weight", "too low", "W1")],
        };
        var meta = (AviationApis.Avinode.Envelope.AvinodeMeta)Create(typeof(AviationApis.Avinode.Envelope.AvinodeMeta), depth: 3);

        Assert.Equal(
            "ApiErrorDetails { OperationName = , RequestMethod = , RequestUrl = , StatusCode = BadRequest, ErrorCode = , Messages = [bad], "
            + "FieldErrors = [ApiFieldError { Field = origin, Message = required, Code =  }, ApiFieldError { Field = weight, Message = too low, Code = W1 }], "
            + "Attempts = 0, RateLimit = , RequestId = , ResponseExcerpt =  }",
            details.ToString());
        Assert.EndsWith("AdditionalProperties = {key0, key1} }", meta.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"n\"", meta.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_avinode_response_prints_its_data_and_meta()
    {
        var trips = new[] { new AviationApis.Avinode.SchedAero.Trips.Trip(), new AviationApis.Avinode.SchedAero.Trips.Trip() };
        var response = new AviationApis.Avinode.Envelope.AvinodeResponse<IReadOnlyList<AviationApis.Avinode.SchedAero.Trips.Trip>>(
            trips, System.Net.HttpStatusCode.OK, AviationApis.Avinode.Envelope.AvinodeMeta.Empty, rateLimit: null);
        var plain = new AviationApis.Avinode.Envelope.AvinodeResponse(System.Net.HttpStatusCode.Accepted, AviationApis.Avinode.Envelope.AvinodeMeta.Empty, rateLimit: null);

        Assert.StartsWith("AvinodeResponse { StatusCode = OK, Data = [Trip { ", response.ToString(), StringComparison.Ordinal);
        Assert.Contains("}, Trip { ", response.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("Meta = AvinodeMeta { Errors = [], Warnings = [], Infos = [], AdditionalProperties =  }, RateLimit =  }", response.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", response.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            "AvinodeResponse { StatusCode = Accepted, Meta = AvinodeMeta { Errors = [], Warnings = [], Infos = [], AdditionalProperties =  }, RateLimit =  }",
            plain.ToString());
    }

    [Fact]
    public void Collections_print_their_first_elements_then_a_count()
    {
        var content = new AviationApis.Core.Errors.ApiErrorContent("E1", ["a", "b", "c", "d", "e"], []);

        Assert.Equal(
            "ApiErrorContent { ErrorCode = E1, Messages = [a, b, c, … (+2 more)], FieldErrors = [] }",
            content.ToString());
    }

    /// <summary>
    /// A record printed by the compiler's own <c>PrintMembers</c> prints its collections as type names; the failure message
    /// lists the hook line each such record needs (members in declaration order, as the compiler prints them).
    /// </summary>
    [Fact]
    public void Every_record_with_collections_declares_the_hook()
    {
        var missing = PrintedRecords()
            .Where(HasCollectionMember)
            .Where(HasCompilerToString)
            .Where(t => t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance)?.GetCustomAttribute<CompilerGeneratedAttribute>() is not null)
            .Select(t => $"{t.FullName}|{SuggestedHook(t)}")
            .ToList();

        Assert.True(missing.Count == 0, "Records printing collections with the compiler's PrintMembers:\n" + string.Join("\n", missing));
    }

    private static string SuggestedHook(Type type) =>
        "private bool PrintMembers(System.Text.StringBuilder builder) => ModelText.Of(builder)"
        + string.Concat(PrintableProperties(type).Select(p => $".Add({p.Name})")) + ".Written;";

    private static IEnumerable<Type> PrintedRecords() =>
        LibraryAssemblies.All
            .Where(a => PrintedAssemblies.Contains(a.GetName().Name))
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetMethod("<Clone>$") is not null);

    private static bool HasCompilerToString(Type type) =>
        type.GetMethod(nameof(ToString), Type.EmptyTypes)!.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;

    private static IEnumerable<PropertyInfo> PrintableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken);

    private static bool HasCollectionMember(Type type) =>
        PrintableProperties(type).Any(p => IsCollection(p.PropertyType));

    private static bool IsCollection(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>An instance without running a constructor, every collection member filled with two elements.</summary>
    private static object Create(Type type, int depth)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!IsCollection(property.PropertyType))
            {
                continue;
            }

            var value = FilledCollection(property.PropertyType, depth);
            if (property.SetMethod is { } setter)
            {
                setter.Invoke(instance, [value]);
            }
            else if (type.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is { } field)
            {
                field.SetValue(instance, value);
            }
        }

        return instance;
    }

    private static object? FilledCollection(Type collectionType, int depth)
    {
        if (collectionType.IsArray)
        {
            var element = collectionType.GetElementType()!;
            var array = Array.CreateInstance(element, 2);
            array.SetValue(Element(element, depth, 0), 0);
            array.SetValue(Element(element, depth, 1), 1);
            return array;
        }

        var dictionaryInterface = new[] { collectionType }.Concat(collectionType.GetInterfaces())
            .FirstOrDefault(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
        if (dictionaryInterface is not null)
        {
            var arguments = dictionaryInterface.GetGenericArguments();
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            dictionary.Add(Element(arguments[0], depth, 0)!, Element(arguments[1], depth, 0));
            dictionary.Add(Element(arguments[0], depth, 1)!, Element(arguments[1], depth, 1));
            return collectionType.IsInstanceOfType(dictionary) ? dictionary : null;
        }

        var enumerable = new[] { collectionType }.Concat(collectionType.GetInterfaces())
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var elementType = enumerable.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        list.Add(Element(elementType, depth, 0));
        list.Add(Element(elementType, depth, 1));
        return collectionType.IsInstanceOfType(list) ? list : null;
    }

    private static object? Element(Type type, int depth, int index)
    {
        if (type == typeof(string))
        {
            return $"key{index}";
        }

        if (type == typeof(JsonElement))
        {
            return JsonDocument.Parse($"{{\"n\":{index}}}").RootElement.Clone();
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Element(underlying, depth, index);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.Length > 0 ? values.GetValue(0) : Activator.CreateInstance(type);
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (depth < 3 && type.GetMethod("<Clone>$") is not null)
        {
            return Create(type, depth + 1);
        }

        if (IsCollection(type) && depth < 3)
        {
            return FilledCollection(type, depth + 1);
        }

        return type.IsAbstract || type.IsInterface ? null : RuntimeHelpers.GetUninitializedObject(type);
    }

    [GeneratedRegex(@"\w\[\]")]
    private static partial Regex ArrayTypeName();
}
