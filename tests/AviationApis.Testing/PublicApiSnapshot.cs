using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace AviationApis.Testing;

/// <summary>
/// Tracks a library's public surface: reflection over the built assembly writes one line per public type and member;
/// the text is compared with <c>api/&lt;Assembly&gt;.txt</c>. A difference fails with a readable diff. To approve a
/// change, run the test with <c>AVIATIONAPIS_APPROVE_API=1</c> (never set in CI) and commit the updated file.
/// </summary>
public static class PublicApiSnapshot
{
    public const string ApproveVariable = "AVIATIONAPIS_APPROVE_API";

    public static void Verify(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var actual = Generate(assembly);
        var path = RepositoryPaths.Combine("api", assembly.GetName().Name + ".txt");
        var approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (approved == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        throw new XunitException(
            $"The public API of {assembly.GetName().Name} changed and is not approved ({path}).\n"
            + $"Review the diff; to approve it run the tests with {ApproveVariable}=1 and commit the file.\n"
            + Diff(approved ?? string.Empty, actual));
    }

    public static string Generate(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsNested).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            AppendType(text, type, string.Empty);
        }

        return text.ToString();
    }

    private static void AppendType(StringBuilder text, Type type, string indent)
    {
        text.Append(indent).Append(TypeHeader(type)).Append('\n');
        var inner = indent + "  ";
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var lines = new List<string>();
        foreach (var member in type.GetMembers(flags))
        {
            var line = Describe(member);
            if (line is not null)
            {
                lines.Add(line);
            }
        }

        foreach (var line in lines.Distinct().OrderBy(l => l, StringComparer.Ordinal))
        {
            text.Append(inner).Append(line).Append('\n');
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).Where(IsVisible).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            AppendType(text, nested, inner);
        }
    }

    private static bool IsVisible(Type t) => t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem;

    private static string TypeHeader(Type type)
    {
        string kind;
        if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsValueType)
        {
            kind = type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct";
        }
        else if (typeof(Delegate).IsAssignableFrom(type))
        {
            kind = "delegate";
        }
        else if (type.IsAbstract && type.IsSealed)
        {
            kind = "static class";
        }
        else
        {
            kind = (type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : string.Empty)
                   + (type.GetMethod("<Clone>$") is not null ? "record" : "class");
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && baseType != typeof(MulticastDelegate))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).OrderBy(n => n, StringComparer.Ordinal));
        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static string? Describe(MemberInfo member)
    {
        if (member.Name.StartsWith('<'))
        {
            return null;
        }

        switch (member)
        {
            case ConstructorInfo ctor when IsApi(ctor):
                return $"{Access(ctor)}ctor({Parameters(ctor)})";
            case MethodInfo method when IsApi(method) && !method.IsSpecialName:
                return $"{Access(method)}{(method.IsStatic ? "static " : method.IsAbstract ? "abstract " : method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty)}{Name(method.ReturnType)} {method.Name}{Generics(method)}({Parameters(method)})";
            case MethodInfo method when IsApi(method) && method.Name.StartsWith("op_", StringComparison.Ordinal):
                return $"{Access(method)}static {Name(method.ReturnType)} {method.Name}({Parameters(method)})";
            case PropertyInfo property:
                var accessors = new List<string>();
                if (property.GetMethod is { } get && IsApi(get))
                {
                    accessors.Add("get;");
                }

                if (property.SetMethod is { } set && IsApi(set))
                {
                    accessors.Add(set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init;" : "set;");
                }

                if (accessors.Count == 0)
                {
                    return null;
                }

                var anyAccessor = property.GetMethod ?? property.SetMethod!;
                var indexer = property.GetIndexParameters();
                var name = indexer.Length > 0 ? $"this[{string.Join(", ", indexer.Select(p => Name(p.ParameterType) + " " + p.Name))}]" : property.Name;
                return $"{Access(anyAccessor)}{(anyAccessor.IsStatic ? "static " : string.Empty)}{Name(property.PropertyType)} {name} {{ {string.Join(" ", accessors)} }}";
            case FieldInfo field when (field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsSpecialName:
                if (field.DeclaringType!.IsEnum)
                {
                    return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
                }

                return field.IsLiteral
                    ? $"const {Name(field.FieldType)} {field.Name} = {field.GetRawConstantValue()}"
                    : $"{Access(field)}{(field.IsStatic ? "static " : string.Empty)}{(field.IsInitOnly ? "readonly " : string.Empty)}{Name(field.FieldType)} {field.Name}";
            case EventInfo evt when evt.AddMethod is { } add && IsApi(add):
                return $"{Access(add)}event {Name(evt.EventHandlerType!)} {evt.Name}";
            default:
                return null;
        }
    }

    private static bool IsApi(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo field) => field.IsPublic ? "public " : "protected ";

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty)
            + (p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : string.Empty)
            + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType) + " " + p.Name
            + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }

    private static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var removed = before.Except(after).Select(l => "- " + l);
        var added = after.Except(before).Select(l => "+ " + l);
        return string.Join('\n', removed.Concat(added).Take(200));
    }
}
