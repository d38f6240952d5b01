using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AviationApis.Generators;

/// <summary>
/// Writes the shared shape of every <c>[ExtensibleEnum]</c> struct (see <c>AviationApis.Core.Json.ExtensibleEnumAttribute</c>):
/// the value field and constructor, <c>Value</c>, <c>IsKnown</c>, <c>FromValue</c>, <c>KnownValues</c>, equality,
/// operators, <c>ToString</c> and the interfaces. The JSON converter attribute stays in the hand-written declaration
/// (the System.Text.Json generator does not see generated attributes); its absence is an error. The struct's own public static
/// properties of its own type are its known values; a member the struct already declares is left to it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ExtensibleEnumGenerator : IIncrementalGenerator
{
    private const string AttributeName = "AviationApis.Core.Json.ExtensibleEnumAttribute";

    private static readonly DiagnosticDescriptor NotTopLevel = new(
        "AVGEN001",
        "Extensible enum must be a top-level struct",
        "[ExtensibleEnum] struct '{0}' must be declared directly in a namespace",
        "AviationApis.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    // The System.Text.Json source generator does not see what another generator writes: the converter attribute must be
    // in the hand-written declaration, or the JSON contexts would serialize the struct as an empty object.
    private static readonly DiagnosticDescriptor NoConverter = new(
        "AVGEN003",
        "Extensible enum must declare its JSON converter",
        "[ExtensibleEnum] struct '{0}' must also carry [JsonConverter(typeof(ExtensibleEnumJsonConverter<{0}>))]",
        "AviationApis.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor NoKnownValues = new(
        "AVGEN002",
        "Extensible enum declares no known value",
        "[ExtensibleEnum] struct '{0}' declares no public static property of its own type",
        "AviationApis.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var outputs = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is StructDeclarationSyntax,
            static (syntax, _) => Generate((INamedTypeSymbol)syntax.TargetSymbol, syntax.Attributes[0]));

        context.RegisterSourceOutput(outputs, static (production, output) =>
        {
            if (output.Error is { } error)
            {
                production.ReportDiagnostic(Diagnostic.Create(error, output.Location?.ToLocation(), output.TypeName));
            }
            else if (output is { HintName: { } hintName, Source: { } source })
            {
                production.AddSource(hintName, source);
            }
        });
    }

    private static Output Generate(INamedTypeSymbol type, AttributeData attribute)
    {
        var location = LocationInfo.From(type.Locations.FirstOrDefault());
        if (type.ContainingType is not null)
        {
            return new Output(type.Name, null, null, NotTopLevel, location);
        }

        if (!HasConverter(type))
        {
            return new Output(type.Name, null, null, NoConverter, location);
        }

        var known = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && !p.IsIndexer && p.GetMethod is not null
                && SymbolEqualityComparer.Default.Equals(p.Type, type))
            .Select(p => p.Name)
            .ToList();
        if (known.Count == 0)
        {
            return new Output(type.Name, null, null, NoKnownValues, location);
        }

        var options = new Options(
            Flag(attribute, "IgnoreCase"),
            Flag(attribute, "PublicConstructor"),
            Flag(attribute, "NullIsEmpty"));
        var declared = new Declared(type);
        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        var hintName = (ns is null ? type.Name : ns + "." + type.Name) + ".ExtensibleEnum.g.cs";
        return new Output(type.Name, hintName, Render(ns, type.Name, known, options, declared), null, null);
    }

    private static bool HasConverter(INamedTypeSymbol type) => type.GetAttributes().Any(a =>
        a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonConverterAttribute"
        && a.ConstructorArguments.Length == 1
        && a.ConstructorArguments[0].Value is INamedTypeSymbol { Name: "ExtensibleEnumJsonConverter" } converter
        && converter.ContainingNamespace.ToDisplayString() == "AviationApis.Core.Json"
        && converter.TypeArguments.Length == 1
        && SymbolEqualityComparer.Default.Equals(converter.TypeArguments[0], type));

    private static bool Flag(AttributeData attribute, string name) =>
        attribute.NamedArguments.Any(a => a.Key == name && a.Value.Value is true);

    private static string Render(string? ns, string name, IReadOnlyList<string> known, Options options, Declared declared)
    {
        var comparison = options.IgnoreCase ? "OrdinalIgnoreCase" : "Ordinal";
        var onNull = options.NullIsEmpty ? "string.Empty" : "throw new global::System.ArgumentNullException(nameof(value))";
        var self = "global::" + (ns is null ? name : ns + "." + name);
        var s = new StringBuilder();
        s.AppendLine("// <auto-generated/> by AviationApis.Generators.ExtensibleEnumGenerator");
        s.AppendLine("#nullable enable");
        if (ns is not null)
        {
            s.Append("namespace ").Append(ns).AppendLine(";");
        }

        s.AppendLine();
        s.Append("readonly partial struct ").Append(name).Append(" : global::AviationApis.Core.Json.IExtensibleEnum<").Append(self)
            .Append(">, global::System.IEquatable<").Append(self).AppendLine(">");
        s.AppendLine("{");
        s.AppendLine("    private readonly string? _value;");
        if (!declared.Constructor)
        {
            s.AppendLine();
            if (options.PublicConstructor)
            {
                s.AppendLine("    /// <summary>Wraps a wire value.</summary>");
                s.AppendLine("    /// <param name=\"value\">The value exactly as sent on the wire.</param>");
            }

            s.Append("    ").Append(options.PublicConstructor ? "public " : "private ").Append(name)
                .Append("(string value) => _value = value ?? ").Append(onNull).AppendLine(";");
        }

        AppendInherited(s, true, "public string Value => _value ?? string.Empty;");
        AppendInherited(s, !declared.IsKnown, "public bool IsKnown => global::System.Array.IndexOf(KnownValueTable.Values, this) >= 0;");
        s.AppendLine();
        s.AppendLine("    /// <summary>Every value this SDK version declares: the public static properties of this type, in declaration order.</summary>");
        s.Append("    internal static global::System.Collections.Generic.IReadOnlyList<").Append(name).AppendLine("> KnownValues => KnownValueTable.List;");
        AppendInherited(s, !declared.FromValue, "public static " + name + " FromValue(string value) => new(value);");

        s.AppendLine();
        AppendOperator(s, name, "==", "Whether they are equal.", "left.Equals(right)");
        s.AppendLine();
        AppendOperator(s, name, "!=", "Whether they differ.", "!left.Equals(right)");
        AppendInherited(s, !declared.EqualsSelf, "public bool Equals(" + name + " other) => string.Equals(Value, other.Value, global::System.StringComparison." + comparison + ");");
        AppendInherited(s, !declared.EqualsObject, "public override bool Equals(object? obj) => obj is " + name + " other && Equals(other);");
        AppendInherited(s, !declared.HashCode, "public override int GetHashCode() => global::System.StringComparer." + comparison + ".GetHashCode(Value);");

        if (!declared.ToStringMethod)
        {
            s.AppendLine();
            s.AppendLine("    /// <summary>The value as sent on the wire.</summary>");
            s.AppendLine("    /// <returns>The raw value.</returns>");
            s.AppendLine("    public override string ToString() => Value;");
        }

        // A nested holder: its initializer runs on first use, after every static property of the struct is initialized.
        s.AppendLine();
        s.AppendLine("    private static class KnownValueTable");
        s.AppendLine("    {");
        s.Append("        internal static readonly ").Append(name).Append("[] Values = [").Append(string.Join(", ", known)).AppendLine("];");
        s.AppendLine();
        s.Append("        internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<").Append(name)
            .AppendLine("> List = new(Values);");
        s.AppendLine("    }");
        s.AppendLine("}");
        return s.ToString();
    }

    private static void AppendInherited(StringBuilder s, bool generate, string member)
    {
        if (generate)
        {
            s.AppendLine();
            s.AppendLine("    /// <inheritdoc />");
            s.Append("    ").AppendLine(member);
        }
    }

    private static void AppendOperator(StringBuilder s, string name, string op, string returns, string body)
    {
        s.Append("    /// <summary>Compares two values with <see cref=\"Equals(").Append(name).AppendLine(")\"/>.</summary>");
        s.AppendLine("    /// <param name=\"left\">The first value.</param>");
        s.AppendLine("    /// <param name=\"right\">The second value.</param>");
        s.Append("    /// <returns>").Append(returns).AppendLine("</returns>");
        s.Append("    public static bool operator ").Append(op).Append('(').Append(name).Append(" left, ").Append(name)
            .Append(" right) => ").Append(body).AppendLine(";");
    }

    private sealed record Options(bool IgnoreCase, bool PublicConstructor, bool NullIsEmpty);

    /// <summary>The members the struct declares itself (the generator leaves them alone).</summary>
    private readonly struct Declared
    {
        public Declared(INamedTypeSymbol type)
        {
            IsKnown = type.GetMembers("IsKnown").Any(m => m is IPropertySymbol { IsStatic: false });
            var methods = type.GetMembers().OfType<IMethodSymbol>().Where(m => !m.IsImplicitlyDeclared).ToList();
            Constructor = methods.Any(m => m.MethodKind == MethodKind.Constructor && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_String);
            FromValue = methods.Any(m => m.Name == "FromValue" && m.IsStatic);
            EqualsSelf = methods.Any(m => m.Name == "Equals" && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type));
            EqualsObject = methods.Any(m => m.Name == "Equals" && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Object);
            HashCode = methods.Any(m => m.Name == "GetHashCode" && m.Parameters.Length == 0);
            ToStringMethod = methods.Any(m => m.Name == "ToString" && m.Parameters.Length == 0);
        }

        public bool IsKnown { get; }

        public bool Constructor { get; }

        public bool FromValue { get; }

        public bool EqualsSelf { get; }

        public bool EqualsObject { get; }

        public bool HashCode { get; }

        public bool ToStringMethod { get; }
    }
}
