using System.Text.Json.Nodes;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>Walks a JSON tree: every value with its path (<c>$.legs[0].from</c>) and a way to replace or remove it.</summary>
public static class JsonPaths
{
    /// <summary>One value in the tree.</summary>
    /// <param name="Path">Its path.</param>
    /// <param name="Parent">The containing object or array (<see langword="null"/> for the root).</param>
    /// <param name="Key">The member name in an object.</param>
    /// <param name="Index">The index in an array.</param>
    /// <param name="Node">The value (may be <see langword="null"/> for JSON null).</param>
    public sealed record Location(string Path, JsonNode? Parent, string? Key, int Index, JsonNode? Node);

    /// <summary>Every value below the root, depth first (the root itself excluded).</summary>
    /// <param name="root">The root.</param>
    /// <returns>The locations.</returns>
    public static IEnumerable<Location> Walk(JsonNode? root) => Walk(root, "$");

    /// <summary>Finds the location with <paramref name="path"/> in <paramref name="root"/> (a clone's path matches the original's).</summary>
    /// <param name="root">The root.</param>
    /// <param name="path">The path.</param>
    /// <returns>The location.</returns>
    public static Location Find(JsonNode root, string path) => Walk(root).First(l => l.Path == path);

    /// <summary>Replaces the value at <paramref name="location"/>.</summary>
    /// <param name="location">Where.</param>
    /// <param name="value">The new value.</param>
    public static void Replace(Location location, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(location);
        switch (location.Parent)
        {
            case JsonObject o:
                o[location.Key!] = value;
                break;
            case JsonArray a:
                a[location.Index] = value;
                break;
        }
    }

    /// <summary>Removes the member or element at <paramref name="location"/>.</summary>
    /// <param name="location">Where.</param>
    public static void Remove(Location location)
    {
        ArgumentNullException.ThrowIfNull(location);
        switch (location.Parent)
        {
            case JsonObject o:
                o.Remove(location.Key!);
                break;
            case JsonArray a:
                a.RemoveAt(location.Index);
                break;
        }
    }

    private static IEnumerable<Location> Walk(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToArray())
                {
                    var childPath = $"{path}.{key}";
                    yield return new Location(childPath, o, key, -1, child);
                    foreach (var inner in Walk(child, childPath))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    yield return new Location(childPath, a, null, i, a[i]);
                    foreach (var inner in Walk(a[i], childPath))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
