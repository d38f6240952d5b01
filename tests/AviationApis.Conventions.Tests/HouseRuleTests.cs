using System.Reflection;
using System.Runtime.CompilerServices;

namespace AviationApis.Conventions.Tests;

/// <summary>Reflection checks that keep the house rules true across every library.</summary>
public sealed class HouseRuleTests
{
    private const BindingFlags PublicMembers = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void The_rules_see_the_whole_public_surface()
    {
        var records = LibraryAssemblies.PublicTypes.Count(t => t.GetMethod("<Clone>$") is not null);
        var asyncMethods = LibraryAssemblies.PublicTypes.SelectMany(t => t.GetMethods(PublicMembers)).Count(m => IsAsync(m.ReturnType));

        Assert.Equal(7, LibraryAssemblies.All.Count);
        Assert.True(records > 100, $"only {records} public records found");
        Assert.True(asyncMethods > 50, $"only {asyncMethods} public async methods found");
    }

    [Fact]
    public void Public_records_are_sealed()
    {
        var offenders = LibraryAssemblies.PublicTypes
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && t.GetMethod("<Clone>$") is not null)
            .Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_records_have_no_public_setters_only_init()
    {
        var offenders =
            from type in LibraryAssemblies.PublicTypes
            where type.GetMethod("<Clone>$") is not null
            from property in type.GetProperties(PublicMembers)
            let setter = property.SetMethod
            where setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m == typeof(IsExternalInit))
            select $"{type.FullName}.{property.Name}";

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_async_method_takes_a_cancellation_token_last()
    {
        var offenders =
            from type in LibraryAssemblies.PublicTypes
            from method in type.GetMethods(PublicMembers)
            where !method.IsSpecialName && IsAsync(method.ReturnType) && !IsExempt(type, method)
            let parameters = method.GetParameters()
            where parameters.Length == 0 || parameters[^1].ParameterType != typeof(CancellationToken)
            select $"{type.FullName}.{method.Name}";

        Assert.Empty(offenders);
    }

    [Fact]
    public void No_public_signature_exposes_polly()
    {
        var offenders =
            from type in LibraryAssemblies.PublicTypes
            from member in type.GetMembers(PublicMembers)
            from used in TypesIn(member)
            where used.Namespace?.StartsWith("Polly", StringComparison.Ordinal) == true
            select $"{type.FullName}.{member.Name}";

        Assert.Empty(offenders.Concat(LibraryAssemblies.PublicTypes.Where(t => t.BaseType?.Namespace?.StartsWith("Polly", StringComparison.Ordinal) == true).Select(t => t.FullName!)));
    }

    [Fact]
    public void Public_exceptions_derive_from_the_aviation_api_exception()
    {
        var offenders = LibraryAssemblies.PublicTypes
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !typeof(AviationApis.Core.Errors.AviationApiException).IsAssignableFrom(t) && !IsParserError(t))
            .Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    // Overrides of framework types (DelegatingHandler.SendAsync, BackgroundService, HttpContent) follow the base signature.
    private static bool IsExempt(Type type, MethodInfo method) =>
        method.GetBaseDefinition().DeclaringType != type || method.Name is "DisposeAsync";

    private static bool IsAsync(Type returnType) =>
        returnType == typeof(Task) || returnType == typeof(ValueTask)
        || (returnType.IsGenericType && returnType.GetGenericTypeDefinition() is var d && (d == typeof(Task<>) || d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>)));

    // Parsers of incoming payloads (callbacks, notifications) may throw a FormatException-derived error: nothing was called.
    private static bool IsParserError(Type type) => typeof(FormatException).IsAssignableFrom(type);

    private static IEnumerable<Type> TypesIn(MemberInfo member) => member switch
    {
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType).SelectMany(Flatten),
        PropertyInfo p => Flatten(p.PropertyType),
        FieldInfo f => Flatten(f.FieldType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType).SelectMany(Flatten),
        _ => [],
    };

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return inner;
            }
        }
    }
}
