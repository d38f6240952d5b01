using System.Text;
using AviationApis.Avinode.SchedAero;

namespace AviationApis.Avinode.Resources;

/// <summary>
/// Optional information an operation returns only when asked, sent as <c>fields[type]=a,b</c>
/// (e.g. <c>fields[contact]=externalidentities</c>). Immutable; combine types with <see cref="And"/>.
/// Ready-made sets for SchedAero are in <see cref="SchedAero.SchedAeroFields"/>.
/// </summary>
public sealed class SparseFields
{
    private readonly KeyValuePair<string, string[]>[] _entries;

    private SparseFields(KeyValuePair<string, string[]>[] entries) => _entries = entries;

    /// <summary>The requested fields per resource type, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Entries =>
        _entries.Select(e => new KeyValuePair<string, IReadOnlyList<string>>(e.Key, e.Value)).ToArray();

    /// <summary>Asks for <paramref name="fields"/> of resources of type <paramref name="resourceType"/>.</summary>
    /// <param name="resourceType">The type named in the operation's documentation, e.g. <c>contact</c> or <c>trip</c>.</param>
    /// <param name="fields">The field names, e.g. <c>externalidentities</c>; at least one.</param>
    /// <returns>The sparse-field set.</returns>
    public static SparseFields For(string resourceType, params string[] fields) => new([Entry(resourceType, fields)]);

    /// <summary>Adds fields for another resource type (or more fields for the same one).</summary>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="fields">The field names; at least one.</param>
    /// <returns>A new set holding both.</returns>
    public SparseFields And(string resourceType, params string[] fields)
    {
        var entry = Entry(resourceType, fields);
        var list = _entries.ToList();
        var index = list.FindIndex(e => string.Equals(e.Key, entry.Key, StringComparison.Ordinal));
        if (index < 0)
        {
            list.Add(entry);
        }
        else
        {
            list[index] = new(entry.Key, list[index].Value.Concat(entry.Value).Distinct(StringComparer.Ordinal).ToArray());
        }

        return new SparseFields([.. list]);
    }

    /// <summary>The query text, e.g. <c>fields[trip]=origin,avinodeid</c> (unescaped, for display and logs).</summary>
    /// <returns>The query text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in ToQuery())
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(name).Append('=').Append(value);
        }

        return text.ToString();
    }

    internal IEnumerable<KeyValuePair<string, string?>> ToQuery() =>
        _entries.Select(e => new KeyValuePair<string, string?>($"fields[{e.Key}]", string.Join(',', e.Value)));

    private static KeyValuePair<string, string[]> Entry(string resourceType, string[] fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceType);
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Length == 0)
        {
            throw new ArgumentException("Name at least one field.", nameof(fields));
        }

        if (resourceType.AsSpan().IndexOfAny("[]=&,") >= 0)
        {
            throw new ArgumentException($"'{resourceType}' is not a resource type name.", nameof(resourceType));
        }

        foreach (var field in fields)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(field, nameof(fields));
            if (field.AsSpan().IndexOfAny("[]=&,") >= 0)
            {
                throw new ArgumentException($"'{field}' is not a field name.", nameof(fields));
            }
        }

        return new(resourceType.Trim(), fields.Select(f => f.Trim()).Distinct(StringComparer.Ordinal).ToArray());
    }
}
