using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>
/// Generates hostile inputs from a valid sample: truncation at every byte, deep nesting, a 50 MB string, numbers out
/// of range, wrong types in every field, duplicate members, invalid UTF-8, unknown enum values, missing members.
/// </summary>
public static class HostileGenerators
{
    /// <summary>The families, by name.</summary>
    public static IReadOnlyDictionary<string, Func<IHostileParser, IEnumerable<HostileCase>>> Families { get; } =
        new Dictionary<string, Func<IHostileParser, IEnumerable<HostileCase>>>(StringComparer.Ordinal)
        {
            ["truncated"] = Truncated,
            ["deep-nesting"] = DeepNesting,
            ["huge-string"] = HugeString,
            ["numbers-out-of-range"] = NumbersOutOfRange,
            ["wrong-types"] = WrongTypes,
            ["duplicate-members"] = DuplicateMembers,
            ["invalid-utf8"] = InvalidUtf8,
            ["unknown-enum-values"] = UnknownEnumValues,
            ["missing-members"] = MissingMembers,
            ["edge"] = Edge,
        };

    /// <summary>The size of the huge string.</summary>
    public const int HugeStringLength = 50 * 1024 * 1024;

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The sample as a tree.</summary>
    public static JsonNode Parse(IHostileParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return JsonNode.Parse(parser.ValidSample, documentOptions: Lenient) ?? throw new InvalidOperationException(parser.Name + " has a null sample");
    }

    private static IEnumerable<HostileCase> Truncated(IHostileParser parser)
    {
        var bytes = Encoding.UTF8.GetBytes(parser.ValidSample);
        for (var length = 0; length < bytes.Length; length++)
        {
            yield return new HostileCase("truncated", $"first {length} bytes", bytes[..length]);
        }
    }

    private static IEnumerable<HostileCase> DeepNesting(IHostileParser parser)
    {
        const int depth = 100_000;
        yield return new HostileCase("deep-nesting", $"{depth} nested arrays", Encoding.ASCII.GetBytes(new string('[', depth) + new string(']', depth)), HostileExpectation.TypedError);
        yield return new HostileCase("deep-nesting", $"{depth} nested objects", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)), HostileExpectation.TypedError);
        yield return new HostileCase("deep-nesting", $"{depth} open arrays, never closed", Encoding.ASCII.GetBytes(new string('[', depth)), HostileExpectation.TypedError);
        var root = Parse(parser);
        foreach (var location in JsonPaths.Walk(root).Take(40))
        {
            yield return Raw("deep-nesting", $"1,000 nested arrays at {location.Path}", root, location.Path, new string('[', 1000) + new string(']', 1000));
        }
    }

    private static IEnumerable<HostileCase> HugeString(IHostileParser parser)
    {
        var root = Parse(parser);
        var target = JsonPaths.Walk(root).FirstOrDefault(l => l.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String);
        var huge = new string('A', HugeStringLength);
        if (target is not null)
        {
            yield return Raw("huge-string", $"50 MB string at {target.Path}", root, target.Path, "\"" + huge + "\"");
        }

        if (root is JsonObject)
        {
            var text = root.ToJsonString();
            yield return new HostileCase("huge-string", "50 MB unknown member", Encoding.UTF8.GetBytes("{\"zzHuge\":\"" + huge + "\"," + text[1..]));
        }
    }

    private static IEnumerable<HostileCase> NumbersOutOfRange(IHostileParser parser)
    {
        var root = Parse(parser);
        string[] values = ["1e400", "-1e400", "123456789012345678901234567890", "-123456789012345678901234567890", "1.5", "-1", "0.0000000000000000000000000000000000001", "\"NaN\"", "\"Infinity\"", "\"99999999999999999999999\""];
        foreach (var location in JsonPaths.Walk(root).Where(l => l.Node is JsonValue v && v.GetValueKind() == JsonValueKind.Number))
        {
            foreach (var value in values)
            {
                yield return Raw("numbers-out-of-range", $"{value} at {location.Path}", root, location.Path, value);
            }
        }
    }

    private static IEnumerable<HostileCase> WrongTypes(IHostileParser parser)
    {
        var root = Parse(parser);
        (JsonValueKind Kind, string Raw)[] alternatives =
        [
            (JsonValueKind.String, "\"wrong\""), (JsonValueKind.Number, "42"), (JsonValueKind.True, "true"),
            (JsonValueKind.Null, "null"), (JsonValueKind.Array, "[]"), (JsonValueKind.Object, "{}"),
        ];
        foreach (var location in JsonPaths.Walk(root))
        {
            var kind = location.Node?.GetValueKind() ?? JsonValueKind.Null;
            foreach (var alternative in alternatives.Where(a => a.Kind != kind))
            {
                yield return Raw("wrong-types", $"{alternative.Raw} at {location.Path}", root, location.Path, alternative.Raw);
            }
        }

        yield return new HostileCase("wrong-types", "root is a string", "\"wrong\""u8.ToArray());
        yield return new HostileCase("wrong-types", "root is a number", "42"u8.ToArray());
        yield return new HostileCase("wrong-types", "root is null", "null"u8.ToArray());
        yield return new HostileCase("wrong-types", "root is an array", "[{}]"u8.ToArray());
    }

    private static IEnumerable<HostileCase> DuplicateMembers(IHostileParser parser)
    {
        var root = Parse(parser);
        var objects = new List<(string Path, JsonObject Node)>();
        if (root is JsonObject r)
        {
            objects.Add(("$", r));
        }

        objects.AddRange(JsonPaths.Walk(root).Where(l => l.Node is JsonObject).Select(l => (l.Path, (JsonObject)l.Node!)));
        foreach (var (path, node) in objects)
        {
            foreach (var (key, value) in node.ToArray())
            {
                var text = node.ToJsonString();
                var duplicate = "{" + JsonSerializer.Serialize(key) + ":" + (value?.GetValueKind() == JsonValueKind.String ? "\"duplicate\"" : "null") + "," + text[1..];
                var name = $"duplicate {key} in {path}";
                yield return path == "$"
                    ? new HostileCase("duplicate-members", name, Encoding.UTF8.GetBytes(duplicate))
                    : Raw("duplicate-members", name, root, path, duplicate);
            }
        }
    }

    private static IEnumerable<HostileCase> InvalidUtf8(IHostileParser parser)
    {
        var root = Parse(parser);
        byte[][] sequences = [[0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];
        var strings = JsonPaths.Walk(root).Where(l => l.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String).Take(12).ToArray();
        foreach (var location in strings)
        {
            foreach (var sequence in sequences)
            {
                var clone = root.DeepClone();
                JsonPaths.Replace(JsonPaths.Find(clone, location.Path), JsonValue.Create("ZZUTF8MARKZZ"));
                var bytes = Encoding.UTF8.GetBytes(clone.ToJsonString());
                yield return new HostileCase("invalid-utf8", $"{Convert.ToHexString(sequence)} in {location.Path}", ReplaceMarker(bytes, "ZZUTF8MARKZZ"u8.ToArray(), [.. "x"u8, .. sequence, .. "y"u8]));
            }
        }

        var sample = Encoding.UTF8.GetBytes(parser.ValidSample);
        yield return new HostileCase("invalid-utf8", "0xFF before the document", [0xFF, .. sample]);
        yield return new HostileCase("invalid-utf8", "UTF-16 encoded document", Encoding.Unicode.GetBytes(parser.ValidSample));
    }

    private static IEnumerable<HostileCase> UnknownEnumValues(IHostileParser parser)
    {
        var root = Parse(parser);
        foreach (var location in JsonPaths.Walk(root).Where(l => l.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String))
        {
            var mustParse = parser.ExtensibleEnumPaths.Contains(location.Path);
            yield return Raw("unknown-enum-values", $"unknown value at {location.Path}", root, location.Path, "\"ZZ_UNKNOWN_VALUE_2099\"", mustParse ? HostileExpectation.Parse : HostileExpectation.TypedErrorOrParse);
            yield return Raw("unknown-enum-values", $"empty string at {location.Path}", root, location.Path, "\"\"");
        }

        foreach (var path in parser.ExtensibleEnumPaths)
        {
            if (!JsonPaths.Walk(root).Any(l => l.Path == path))
            {
                throw new InvalidOperationException($"{parser.Name}: extensible enum path {path} is not in the sample");
            }
        }
    }

    private static IEnumerable<HostileCase> MissingMembers(IHostileParser parser)
    {
        var root = Parse(parser);
        foreach (var location in JsonPaths.Walk(root).Where(l => l.Parent is JsonObject))
        {
            var clone = root.DeepClone();
            JsonPaths.Remove(JsonPaths.Find(clone, location.Path));
            yield return new HostileCase("missing-members", $"without {location.Path}", Encoding.UTF8.GetBytes(clone.ToJsonString()));
        }

        yield return new HostileCase("missing-members", "empty object", "{}"u8.ToArray());
    }

    private static IEnumerable<HostileCase> Edge(IHostileParser parser)
    {
        var sample = Encoding.UTF8.GetBytes(parser.ValidSample);
        yield return new HostileCase("edge", "the valid sample", sample, HostileExpectation.Parse);
        yield return new HostileCase("edge", "UTF-8 BOM + the sample", [0xEF, 0xBB, 0xBF, .. sample], HostileExpectation.Parse);
        yield return new HostileCase("edge", "the sample + trailing garbage", [.. sample, .. "}}garbage"u8], HostileExpectation.TypedError);
        yield return new HostileCase("edge", "empty", [], HostileExpectation.TypedError);
        yield return new HostileCase("edge", "whitespace only", "  \r\n\t "u8.ToArray(), HostileExpectation.TypedError);
        yield return new HostileCase("edge", "NUL bytes", new byte[64], HostileExpectation.TypedError);
        yield return new HostileCase("edge", "HTML", "<html><body>Service Unavailable</body></html>"u8.ToArray(), HostileExpectation.TypedError);
        yield return new HostileCase("edge", "two documents", [.. sample, .. sample], HostileExpectation.TypedError);
    }

    private static HostileCase Raw(string family, string name, JsonNode root, string path, string raw, HostileExpectation expectation = HostileExpectation.TypedErrorOrParse)
    {
        var clone = root.DeepClone();
        JsonPaths.Replace(JsonPaths.Find(clone, path), JsonValue.Create("ZZRAWMARKZZ"));
        var text = clone.ToJsonString().Replace("\"ZZRAWMARKZZ\"", raw, StringComparison.Ordinal);
        return new HostileCase(family, name, Encoding.UTF8.GetBytes(text), expectation);
    }

    private static byte[] ReplaceMarker(byte[] bytes, byte[] marker, byte[] replacement)
    {
        var index = bytes.AsSpan().IndexOf(marker);
        return index < 0 ? bytes : [.. bytes.AsSpan(0, index), .. replacement, .. bytes.AsSpan(index + marker.Length)];
    }
}
