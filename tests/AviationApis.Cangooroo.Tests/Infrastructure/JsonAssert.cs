using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace AviationApis.Cangooroo.Tests.Infrastructure;

internal static class JsonAssert
{
    /// <summary>Structural equality: same members (names case-sensitive), same values, same array order.</summary>
    public static void Equal(JsonNode expected, JsonNode actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            throw new XunitException($"JSON differs.\nExpected: {expected.ToJsonString()}\nActual:   {actual.ToJsonString()}");
        }
    }
}
