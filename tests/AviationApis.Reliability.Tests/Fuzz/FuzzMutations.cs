using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AviationApis.Reliability.Tests.Hostile;

namespace AviationApis.Reliability.Tests.Fuzz;

/// <summary>What one mutation does to a valid sample.</summary>
public enum MutationKind
{
    /// <summary>One value becomes a value of another JSON kind (string, number, boolean, null, array, object).</summary>
    TypeSwap,

    /// <summary>A <c>null</c> is inserted into an array (or, without arrays, replaces a value).</summary>
    NullEntry,

    /// <summary>An invalid UTF-8 sequence (Latin-1 byte, overlong, encoded surrogate, truncated) inside a string.</summary>
    InvalidUtf8,

    /// <summary>An escaped lone surrogate (<c>\uD800</c>, <c>\uDC00</c>, …) inside a string.</summary>
    LoneSurrogate,

    /// <summary>A value becomes an extreme number (beyond double, decimal, long, int; tiny, negative zero).</summary>
    ExtremeNumber,

    /// <summary>A string becomes an extreme date or time (range edges with offsets, impossible dates, escaped digits).</summary>
    ExtremeDate,

    /// <summary>One bit of one byte is flipped.</summary>
    ByteFlip,

    /// <summary>The input is cut short.</summary>
    Truncation,
}

/// <summary>One mutation: its kind and two free choices (which place, which value), reduced modulo what the sample offers.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Place">Which location, byte or length.</param>
/// <param name="Choice">Which value, bit or position inside a string.</param>
public readonly record struct Mutation(MutationKind Kind, int Place, int Choice)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind}({Place}, {Choice})";
}

/// <summary>
/// Applies mutations to a parser's valid sample. Tree mutations are applied first, in order, to the parsed sample (a
/// mutation whose input no longer parses as JSON is skipped); the text mutations (invalid UTF-8, lone surrogates) and
/// the byte mutations (flips, truncation) come last, since their output is no longer a JSON tree.
/// </summary>
public static class FuzzMutations
{
    /// <summary>The raw values a type swap writes.</summary>
    public static readonly string[] Kinds = ["\"wrong\"", "42", "true", "null", "[]", "{}", "-1.5", "\"\"", "[null]", "{\"a\":null}"];

    /// <summary>The extreme numbers.</summary>
    public static readonly string[] Numbers =
    [
        "1e400", "-1e400", "1E-400", "-0", "0.0000000000000000000000000000001", "1.7976931348623157e308",
        "9223372036854775808", "-9223372036854775809", "18446744073709551616", "2147483648", "-2147483649", "4294967296",
        "79228162514264337593543950336", "-79228162514264337593543950336", "7922816251426433759354395033.5",
        "123456789012345678901234567890123456789", "1e28", "-1e-28", "0e0",
    ];

    /// <summary>The extreme dates and times (JSON string contents, escapes allowed).</summary>
    public static readonly string[] Dates =
    [
        "9999-12-31T23:59:59-01:00", "-9998-01-01T00:00:00+01:00", "9999-12-31T23:59:59.999999999-18:00", "0001-01-01T00:00:00+18:00",
        "9999-12-31T23:59:59Z", "-9998-01-01T00:00:00Z", "9999-12-31", "0000-01-01", "-9999-01-01", "10000-01-01", "9999-12-31T24:00:00Z",
        "2024-02-30", "2023-02-29T10:00:00", "31/12/9999 23:59:59", "00/00/0000 00:00:00", "9999-12-31 23:59:59", "23:59:60", "24:00",
        "2024-01-01T10:00:00+25:00", "2024-01-01T10:00:00+18:01", "\\u0032024-01-01T10:00:00", "\\u0032024-01-01", "2024-01-01\\u005410:00:00",
        "2024-01-01T10:00:00.1234567891", "+2024-01-01", "2024-W01-1", "1970-01-01T00:00:00-00:00", "9999-12-31T23:59:59.9999999999Z",
    ];

    /// <summary>The invalid UTF-8 sequences.</summary>
    public static readonly byte[][] InvalidSequences = [[0xE1], [0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]];

    /// <summary>The lone surrogate escapes (and a reversed pair).</summary>
    public static readonly string[] Surrogates = ["\\uD800", "\\uDC00", "\\uDBFF", "\\uDFFF", "\\uDC00\\uD800", "\\uD83D", "\\uD800\\u0041"];

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly MutationKind[] TextKinds = [MutationKind.InvalidUtf8, MutationKind.LoneSurrogate];

    private static readonly MutationKind[] ByteKinds = [MutationKind.ByteFlip, MutationKind.Truncation];

    /// <summary>The sample with the mutations applied.</summary>
    /// <param name="sample">The valid sample.</param>
    /// <param name="mutations">The mutations.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Apply(string sample, IReadOnlyList<Mutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        var text = sample;
        foreach (var mutation in mutations.Where(m => !TextKinds.Contains(m.Kind) && !ByteKinds.Contains(m.Kind)))
        {
            text = Skippable(() => ApplyTree(text, mutation)) ?? text;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var textMutations = mutations.Where(m => TextKinds.Contains(m.Kind)).ToArray();
        if (textMutations.Length > 0)
        {
            var unbroken = bytes;
            bytes = Skippable(() => ApplyText(unbroken, textMutations)) ?? bytes;
        }

        foreach (var mutation in mutations.Where(m => ByteKinds.Contains(m.Kind)))
        {
            bytes = ApplyBytes(bytes, mutation);
        }

        return bytes;
    }

    private static string? ApplyTree(string text, Mutation mutation)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: Lenient);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root is null)
        {
            return null;
        }

        var all = JsonPaths.Walk(root).ToArray();
        if (all.Length == 0)
        {
            return null;
        }

        switch (mutation.Kind)
        {
            case MutationKind.TypeSwap:
                return Replace(root, Pick(all, mutation.Place).Path, Pick(Kinds, mutation.Choice));
            case MutationKind.NullEntry:
                var arrays = all.Where(l => l.Node is JsonArray).ToArray();
                if (arrays.Length == 0)
                {
                    return Replace(root, Pick(all, mutation.Place).Path, "null");
                }

                var clone = root.DeepClone();
                var array = (JsonArray)JsonPaths.Find(clone, Pick(arrays, mutation.Place).Path).Node!;
                array.Insert(Index(mutation.Choice, array.Count + 1), null);
                return clone.ToJsonString();
            case MutationKind.ExtremeNumber:
                var numbers = all.Where(l => l.Node is JsonValue v && v.GetValueKind() == JsonValueKind.Number).ToArray();
                return Replace(root, Pick(numbers.Length > 0 ? numbers : all, mutation.Place).Path, Pick(Numbers, mutation.Choice));
            case MutationKind.ExtremeDate:
                var strings = Strings(all);
                return Replace(root, Pick(strings.Length > 0 ? strings : all, mutation.Place).Path, "\"" + Pick(Dates, mutation.Choice) + "\"");
            default:
                return null;
        }
    }

    // Inserts each broken text inside a string of the (still valid) input, at a position chosen inside the string:
    // all in one pass over one tree, since the first broken text makes the input unreadable as a tree.
    private static byte[] ApplyText(byte[] bytes, IReadOnlyList<Mutation> mutations)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bytes, documentOptions: Lenient);
        }
        catch (JsonException)
        {
            return bytes;
        }

        var strings = Strings(JsonPaths.Walk(root).ToArray());
        if (root is null || strings.Length == 0)
        {
            return bytes;
        }

        var clone = root.DeepClone();
        var replacements = new List<(byte[] Marker, byte[] Broken)>();
        foreach (var mutation in mutations)
        {
            var marker = $"ZZFUZZMARK{replacements.Count}ZZ";
            var location = JsonPaths.Find(clone, Pick(strings, mutation.Place).Path);
            var value = location.Node!.GetValue<string>();
            var at = Index(mutation.Choice, value.Length + 1);
            JsonPaths.Replace(location, JsonValue.Create(value[..at] + marker + value[at..]));
            replacements.Add((Encoding.ASCII.GetBytes(marker), mutation.Kind == MutationKind.InvalidUtf8
                ? Pick(InvalidSequences, mutation.Choice / 7)
                : Encoding.ASCII.GetBytes(Pick(Surrogates, mutation.Choice / 7))));
        }

        var text = Encoding.UTF8.GetBytes(clone.ToJsonString());
        foreach (var (marker, broken) in replacements)
        {
            var index = text.AsSpan().IndexOf(marker);
            text = index < 0 ? text : [.. text.AsSpan(0, index), .. broken, .. text.AsSpan(index + marker.Length)];
        }

        return text;
    }

    /// <summary>
    /// Two spellings of one document: the string at <paramref name="place"/> (set to <see cref="Dates"/>[<paramref name="date"/>]
    /// unescaped, or kept when <paramref name="date"/> is negative) written plainly, and written with every character
    /// as a <c>\uXXXX</c> escape. A parser must read both alike.
    /// </summary>
    /// <param name="sample">The valid sample.</param>
    /// <param name="place">Which string.</param>
    /// <param name="date">Which date, or negative.</param>
    /// <returns>The two documents.</returns>
    public static (byte[] Plain, byte[] Escaped) Twins(string sample, int place, int date)
    {
        var root = JsonNode.Parse(sample, documentOptions: Lenient)!;
        var strings = Strings(JsonPaths.Walk(root).ToArray());
        if (strings.Length == 0)
        {
            var same = Encoding.UTF8.GetBytes(sample);
            return (same, same);
        }

        var location = Pick(strings, place);
        var value = date < 0 ? location.Node!.GetValue<string>() : Pick(Dates, date).Replace("\\u0032", "2", StringComparison.Ordinal).Replace("\\u0054", "T", StringComparison.Ordinal);
        var plain = Replace(root, location.Path, JsonSerializer.Serialize(value, Relaxed));
        var escaped = Replace(root, location.Path, "\"" + string.Concat(value.Select(c => $"\\u{(int)c:x4}")) + "\"");
        return (Encoding.UTF8.GetBytes(plain), Encoding.UTF8.GetBytes(escaped));
    }

    // A document that already holds broken text (a corpus file with a lone surrogate) cannot be rewritten as a tree:
    // JsonNode throws InvalidOperationException reading or writing that string. The tree or text mutation is then
    // skipped (the byte mutations still apply), so the fuzzer never fails on its own input.
    private static T? Skippable<T>(Func<T?> mutate)
        where T : class
    {
        try
        {
            return mutate();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] ApplyBytes(byte[] bytes, Mutation mutation)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        if (mutation.Kind == MutationKind.Truncation)
        {
            return bytes[..Index(mutation.Place, bytes.Length)];
        }

        var copy = bytes.ToArray();
        copy[Index(mutation.Place, copy.Length)] ^= (byte)(1 << Index(mutation.Choice, 8));
        return copy;
    }

    private static JsonPaths.Location[] Strings(JsonPaths.Location[] all) =>
        all.Where(l => l.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToArray();

    private static string Replace(JsonNode root, string path, string raw)
    {
        const string Marker = "ZZFUZZRAWZZ";
        var clone = root.DeepClone();
        JsonPaths.Replace(JsonPaths.Find(clone, path), JsonValue.Create(Marker));
        return clone.ToJsonString().Replace("\"" + Marker + "\"", raw, StringComparison.Ordinal);
    }

    private static T Pick<T>(T[] items, int choice) => items[Index(choice, items.Length)];

    private static int Index(int choice, int count) => (int)((uint)choice % (uint)count);
}
