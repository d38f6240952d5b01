using System.Collections.Immutable;
using AviationApis.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AviationApis.Conventions.Tests;

/// <summary>The generator's own rules, on small sources: what it lists as known values and the mistakes it reports.</summary>
public sealed class ExtensibleEnumGeneratorTests
{
    private const string Attribute = """
        namespace AviationApis.Core.Json
        {
            [System.AttributeUsage(System.AttributeTargets.Struct)]
            internal sealed class ExtensibleEnumAttribute : System.Attribute
            {
                public bool IgnoreCase { get; set; }
                public bool PublicConstructor { get; set; }
                public bool NullIsEmpty { get; set; }
            }
        }
        """;

    [Fact]
    public void Known_values_are_the_static_properties_of_the_type_in_declaration_order()
    {
        var (diagnostics, sources) = RunOnEnum("Cabin", "IgnoreCase = true", """
            public static Cabin Economy { get; } = new("Economy");
            public static Cabin First => new("First");
            public static System.Collections.Generic.IReadOnlyList<Cabin> All => KnownValues;
            internal static Cabin Hidden => new("Hidden");
            """);

        Assert.Empty(diagnostics);
        var source = Assert.Single(sources);
        Assert.Contains("internal static readonly Cabin[] Values = [Economy, First];", source, StringComparison.Ordinal);
        Assert.Contains("StringComparison.OrdinalIgnoreCase", source, StringComparison.Ordinal);
        Assert.Contains("private Cabin(string value) => _value = value ?? throw", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_the_struct_declares_are_not_generated()
    {
        var (diagnostics, sources) = RunOnEnum("Status", "PublicConstructor = true", """
            public static Status Done { get; } = new("DONE");
            public bool Equals(Status other) => true;
            public override int GetHashCode() => 0;
            """);

        Assert.Empty(diagnostics);
        var source = Assert.Single(sources);
        Assert.Contains("public Status(string value)", source, StringComparison.Ordinal);
        Assert.DoesNotContain("public bool Equals(Status other)", source, StringComparison.Ordinal);
        Assert.DoesNotContain("GetHashCode", source, StringComparison.Ordinal);
        Assert.Contains("public override bool Equals(object? obj)", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AVGEN003", "[ExtensibleEnum] public readonly partial struct E { public static E A => new(\"A\"); }")]
    [InlineData("AVGEN002", "[ExtensibleEnum, JsonConverter(typeof(ExtensibleEnumJsonConverter<E>))] public readonly partial struct E { }")]
    [InlineData("AVGEN001", "public static partial class Outer { [ExtensibleEnum, JsonConverter(typeof(ExtensibleEnumJsonConverter<E>))] public readonly partial struct E { public static E A => new(\"A\"); } }")]
    public void Mistakes_are_reported_and_nothing_is_generated(string id, string declaration)
    {
        var (diagnostics, sources) = Run($"using System.Text.Json.Serialization; using AviationApis.Core.Json; namespace Demo {{ {declaration} }}");

        Assert.Equal(id, Assert.Single(diagnostics).Id);
        Assert.Empty(sources);
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, string[] Sources) RunOnEnum(string name, string options, string members) =>
        Run($$"""
            using System.Text.Json.Serialization;
            using AviationApis.Core.Json;
            namespace Demo;
            [ExtensibleEnum({{options}})]
            [JsonConverter(typeof(ExtensibleEnumJsonConverter<{{name}}>))]
            public readonly partial struct {{name}}
            {
            {{members}}
            }
            """);

    private static (ImmutableArray<Diagnostic> Diagnostics, string[] Sources) Run(string source)
    {
        var references = new[] { typeof(object), typeof(System.Text.Json.Serialization.JsonConverterAttribute), typeof(AviationApis.Core.Json.ExtensibleEnumJsonConverter<>), typeof(Attribute) }
            .Select(t => t.Assembly.Location)
            .Concat(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Demo",
            [CSharpSyntaxTree.ParseText(Attribute), CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var result = CSharpGeneratorDriver.Create(new ExtensibleEnumGenerator()).RunGenerators(compilation).GetRunResult().Results.Single();
        return (result.Diagnostics, result.GeneratedSources.Select(s => s.SourceText.ToString()).ToArray());
    }
}
