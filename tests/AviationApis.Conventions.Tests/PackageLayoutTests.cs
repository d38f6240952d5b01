using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Conventions.Tests;

/// <summary>
/// One house: the three client packages share one layout (docs/writing-a-client.md), every source file's namespace is
/// its package plus its folder, wire DTOs have one suffix, HttpClient names follow one rule, and tests mirror src.
/// </summary>
public sealed partial class PackageLayoutTests
{
    /// <summary>The folders every client package has, one role each.</summary>
    private static readonly string[] RoleFolders = ["DependencyInjection", "Options", "Transport", "Errors", "Json"];

    /// <summary>Folder names the packages used before the one layout; each role has one name now.</summary>
    private static readonly string[] RetiredFolders = ["Http", "Client", "Wire", "Configuration", "Connections", "Registration", "Common"];

    /// <summary>The only files a client package keeps at its root: its aggregate entry client, if it has one.</summary>
    private static readonly Dictionary<string, string[]> RootFiles = new(StringComparer.Ordinal)
    {
        ["CargoAi"] = ["ICargoAiClient.cs", "CargoAiClient.cs"],
        ["Cangooroo"] = ["ICangoorooFlightClient.cs", "CangoorooFlightClient.cs"],
        ["Avinode"] = [],
    };

    /// <summary>
    /// The one exception to "namespace = package + folder": classes of extension methods on a framework builder live
    /// in that builder's namespace, so <c>services.AddCargoAiClient(...)</c> needs no extra using.
    /// </summary>
    private static readonly string[] ExtensionNamespaces =
        ["Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder", "OpenTelemetry.Trace", "OpenTelemetry.Metrics"];

    private static readonly string[] VendorNames = ["CargoAi", "Cangooroo", "Avinode"];

    public static TheoryData<string> Vendors() => new(VendorNames);

    public static TheoryData<string> Packages()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(RepositoryPaths.Combine("src")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_client_package_has_one_folder_per_role_and_no_retired_folder_names(string vendor)
    {
        var root = RepositoryPaths.Combine("src", "AviationApis." + vendor);
        var folders = SourceFolders(root).ToHashSet(StringComparer.Ordinal);
        var missing = RoleFolders.Where(f => !folders.Contains(f));
        var retired = folders.Where(f => RetiredFolders.Contains(f.Split(Path.DirectorySeparatorChar)[0]));
        Assert.Empty(missing);
        Assert.Empty(retired);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_client_package_root_holds_only_its_entry_client(string vendor)
    {
        var root = RepositoryPaths.Combine("src", "AviationApis." + vendor);
        var extra = Directory.EnumerateFiles(root, "*.cs").Select(Path.GetFileName).Where(f => !RootFiles[vendor].Contains(f));
        Assert.Empty(extra);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_source_file_namespace_is_its_package_and_folder(string package)
    {
        var root = RepositoryPaths.Combine("src", package);
        var wrong = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var text = File.ReadAllText(file);
            var declared = NamespacePattern().Match(text);
            if (!declared.Success)
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
            var expected = relative == "." ? package : package + "." + relative.Replace(Path.DirectorySeparatorChar, '.');
            var actual = declared.Groups[1].Value;
            if (actual != expected && !IsFrameworkExtensionClass(actual, text) && !IsCompilerPolyfill(actual, text))
            {
                wrong.Add($"{Path.GetRelativePath(root, file)}: namespace {actual}, expected {expected}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void Wire_dtos_end_in_Wire_and_live_in_Json(string vendor)
    {
        var assembly = Assembly.Load("AviationApis." + vendor);
        var jsonNamespace = $"AviationApis.{vendor}.Json";
        var types = assembly.GetTypes().Where(t => !t.IsNested && !t.Name.StartsWith('<') && !IsCompilerGenerated(t)).ToList();
        var oldSuffixes = types.Where(t => BaseName(t).EndsWith("Dto", StringComparison.Ordinal) || BaseName(t).EndsWith("Body", StringComparison.Ordinal))
            .Select(t => t.FullName);
        var misplaced = types.Where(t => IsWireNamed(t) && t.Namespace != jsonNamespace)
            .Select(t => t.FullName);
        var unnamed = types.Where(t => t.Namespace == jsonNamespace && !t.IsPublic && IsWireShape(t) && !IsWireNamed(t))
            .Select(t => t.FullName);
        // An internal type the package's JSON context (de)serializes exists only for the wire: a *Wire in Json/, wherever
        // it was declared (public models are read and written directly and keep their names).
        var hiddenWire = SerializedTypes(assembly).Where(t => t.Assembly == assembly && !t.IsVisible && !t.IsNested && (!IsWireNamed(t) || t.Namespace != jsonNamespace))
            .Select(t => t.FullName);
        Assert.Empty(oldSuffixes);
        Assert.Empty(misplaced);
        Assert.Empty(unnamed);
        Assert.Empty(hiddenWire);
    }

    [Fact]
    public void Wire_names_are_read_without_the_generic_arity()
    {
        Assert.Equal("GenericWire", BaseName(typeof(GenericWire<>)));
        Assert.True(IsWireNamed(typeof(GenericWire<>)));
        Assert.True(IsWireNamed(typeof(GenericWire<int>)));
        Assert.False(IsWireNamed(typeof(List<>)));
        var avinode = Assembly.Load("AviationApis.Avinode");
        Assert.Contains(SerializedTypes(avinode), t => t.IsGenericTypeDefinition && BaseName(t) == "AvinodeEnvelopeWire" && !t.IsVisible);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void HttpClient_names_follow_one_rule(string vendor)
    {
        Assert.Equal("AviationApis." + vendor, Register(vendor, name: null).Name);
        Assert.Equal($"AviationApis.{vendor}:acme", Register(vendor, name: "acme").Name);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Tests_mirror_src_folder_for_folder(string package)
    {
        var tests = RepositoryPaths.Combine("tests", package + ".Tests");
        if (!Directory.Exists(tests))
        {
            return;
        }

        var src = RepositoryPaths.Combine("src", package);
        var unmatched = SourceFolders(tests)
            .Where(f => !IsTestSupportFolder(f) && !Directory.Exists(Path.Combine(src, f)))
            .Select(f => $"tests/{package}.Tests/{f.Replace(Path.DirectorySeparatorChar, '/')} has no src/{package}/{f.Replace(Path.DirectorySeparatorChar, '/')}");
        var rootSources = Directory.EnumerateFiles(src, "*.cs").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var flat = Directory.EnumerateFiles(tests, "*.cs")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not ("PublicApiTests" or "GlobalUsings") && !name!.EndsWith("Harness", StringComparison.Ordinal)
                           && !(name.EndsWith("Tests", StringComparison.Ordinal) && rootSources.Contains(name[..^"Tests".Length])))
            .Select(name => $"tests/{package}.Tests/{name}.cs sits at the root: move it to the folder of the src code it tests (support code: Infrastructure/)");
        Assert.Empty(unmatched);
        Assert.Empty(flat);
    }

    [Fact]
    public void The_rules_see_every_client_package_and_test_project()
    {
        Assert.Equal(RootFiles.Keys.Order(StringComparer.Ordinal), VendorNames.Order(StringComparer.Ordinal));
        foreach (var vendor in VendorNames)
        {
            var package = "AviationApis." + vendor;
            Assert.True(Directory.Exists(RepositoryPaths.Combine("src", package)), package);
            Assert.True(Directory.Exists(RepositoryPaths.Combine("tests", package + ".Tests")), package + ".Tests");
        }
    }

    private static IHttpClientBuilder Register(string vendor, string? name)
    {
        var assembly = Assembly.Load("AviationApis." + vendor);
        var options = assembly.GetExportedTypes().Single(t => t.Name == vendor + "ClientOptions");
        var configure = typeof(Action<>).MakeGenericType(options);
        var method = assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Single(m => m.Name == $"Add{vendor}Client"
                         && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(
                             name is null ? [typeof(IServiceCollection), configure] : [typeof(IServiceCollection), typeof(string), configure]));
        var noOp = Delegate.CreateDelegate(configure, typeof(PackageLayoutTests).GetMethod(nameof(Ignore), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(options));
        object?[] arguments = name is null ? [new ServiceCollection(), noOp] : [new ServiceCollection(), name, noOp];
        return (IHttpClientBuilder)method.Invoke(null, arguments)!;
    }

    private static void Ignore<T>(T options)
    {
    }

    private static bool IsFrameworkExtensionClass(string declaredNamespace, string text) =>
        ExtensionNamespaces.Contains(declaredNamespace) && ExtensionClassPattern().IsMatch(text);

    /// <summary>A type the compiler looks up by its full name on older targets (e.g. <c>IsExternalInit</c> for netstandard2.0).</summary>
    private static bool IsCompilerPolyfill(string declaredNamespace, string text) =>
        declaredNamespace == "System.Runtime.CompilerServices" && !text.Contains("public ", StringComparison.Ordinal);

    /// <summary>The type's name without the generic arity (<c>AvinodeEnvelopeWire`1</c> → <c>AvinodeEnvelopeWire</c>).</summary>
    private static string BaseName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }

    private static bool IsWireNamed(Type type) => BaseName(type).EndsWith("Wire", StringComparison.Ordinal);

    /// <summary>Every type named by a <c>[JsonSerializable]</c> on the assembly's contexts, with generic definitions and arguments.</summary>
    private static IEnumerable<Type> SerializedTypes(Assembly assembly)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(assembly.GetTypes()
            .Where(t => typeof(JsonSerializerContext).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!));
        while (pending.TryPop(out var type))
        {
            var element = type.IsArray ? type.GetElementType()! : type;
            if (!seen.Add(element))
            {
                continue;
            }

            if (element.IsGenericType && !element.IsGenericTypeDefinition)
            {
                pending.Push(element.GetGenericTypeDefinition());
                foreach (var argument in element.GetGenericArguments())
                {
                    pending.Push(argument);
                }
            }
        }

        return seen;
    }

    private static bool IsWireShape(Type type) =>
        type is { IsClass: true, IsAbstract: false } or { IsValueType: true, IsEnum: false }
        && !typeof(JsonConverter).IsAssignableFrom(type)
        && !typeof(JsonSerializerContext).IsAssignableFrom(type);

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false)
        || type.Namespace is null or "Microsoft.CodeAnalysis" or "System.Runtime.CompilerServices" or "System.Diagnostics.CodeAnalysis";

    private static bool IsTestSupportFolder(string folder) =>
        folder.Split(Path.DirectorySeparatorChar)[0] is "Payloads" or "Infrastructure" or "Corpus";

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));

    private static IEnumerable<string> SourceFolders(string root) =>
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(root, d))
            .Where(d => d.Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"))
            .Where(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs").Any());

    /// <summary>A generic wire-shaped type: its CLR name is <c>GenericWire`1</c>.</summary>
    /// <typeparam name="T">Any type.</typeparam>
    private sealed class GenericWire<T>
    {
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"public\s+static\s+(partial\s+)?class\s+\w+Extensions\b")]
    private static partial Regex ExtensionClassPattern();
}
