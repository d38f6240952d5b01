using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace AviationApis.Core.Text;

/// <summary>
/// Prints the members of a model record readably. The compiler's record printing calls <c>ToString()</c> on every
/// member, so a list prints as <c>System.Collections.Generic.List`1[…]</c>; a public model record with a collection or
/// dictionary member therefore declares the compiler's hook with its members listed explicitly (no reflection: the
/// libraries are AOT-compatible):
/// <code>
/// private bool PrintMembers(System.Text.StringBuilder builder) =&gt; ModelText.Of(builder).Add(Id).Add(Flights).Written;
/// </code>
/// The rule: <see langword="null"/> prints nothing (as the compiler does); a sequence prints its first
/// <see cref="ShownElements"/> elements' own text, <c>[a, b, c, … (+2 more)]</c>; a dictionary prints only its keys,
/// <c>{key1, key2}</c> (values may be unmodelled vendor data, so they are never printed); everything else prints its
/// own <c>ToString()</c>. Element records print the same way, so nested results stay readable.
/// </summary>
internal readonly struct ModelText
{
    /// <summary>How many elements (or keys) of a collection are printed before <c>… (+N more)</c>.</summary>
    internal const int ShownElements = 3;

    private readonly StringBuilder builder;

    private ModelText(StringBuilder builder, bool written)
    {
        this.builder = builder;
        Written = written;
    }

    /// <summary><see langword="true"/> when at least one member was printed (the value <c>PrintMembers</c> returns).</summary>
    public bool Written { get; }

    /// <summary>Starts printing the members of one record into <paramref name="builder"/>.</summary>
    public static ModelText Of(StringBuilder builder) => new(builder, written: false);

    /// <summary>Prints <c>Name = value</c>; the name is the argument expression (the member's name).</summary>
    public ModelText Add<T>(T value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (Written)
        {
            builder.Append(", ");
        }

        builder.Append(name).Append(" = ");
        Append(builder, value);
        return new ModelText(builder, written: true);
    }

    /// <summary>Appends one value by the rule of this type.</summary>
    public static void Append<T>(StringBuilder builder, T value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                builder.Append(text);
                return;
            case IDictionary dictionary:
                AppendAll(builder, dictionary.Keys, '{', '}');
                return;
            case IEnumerable<KeyValuePair<string, System.Text.Json.JsonElement>> pairs:
                AppendAll(builder, pairs.Select(static pair => pair.Key), '{', '}');
                return;
            case IEnumerable sequence:
                AppendAll(builder, sequence, '[', ']');
                return;
            default:
                builder.Append(value.ToString());
                return;
        }
    }

    private static void AppendAll(StringBuilder builder, IEnumerable items, char open, char close)
    {
        builder.Append(open);
        var count = 0;
        foreach (var item in items)
        {
            if (count < ShownElements)
            {
                if (count > 0)
                {
                    builder.Append(", ");
                }

                if (item is null)
                {
                    builder.Append("null");
                }
                else
                {
                    Append(builder, item);
                }
            }

            count++;
        }

        if (count > ShownElements)
        {
            builder.Append(", … (+").Append(count - ShownElements).Append(" more)");
        }

        builder.Append(close);
    }
}
