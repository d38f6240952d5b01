using System.Text;
using System.Text.Json;
using AviationApis.Core.Text;

namespace AviationApis.Core.Tests.Text;

public sealed class ModelTextPrintingTests
{
    [Fact]
    public void Members_print_as_name_equals_value_separated_by_commas()
    {
        var builder = new StringBuilder();
        var id = 7;
        var name = "trip";
        string? missing = null;

        var start = ModelText.Of(builder);
        var written = start.Add(id).Add(name).Add(missing).Written;

        Assert.False(start.Written);
        Assert.True(written);
        Assert.Equal("id = 7, name = trip, missing = ", builder.ToString());
    }

    public static TheoryData<object, string> Sequences() => new()
    {
        { new List<int>(), "[]" },
        { new List<int> { 1 }, "[1]" },
        { new List<int> { 1, 2, 3 }, "[1, 2, 3]" },
        { new List<int> { 1, 2, 3, 4 }, "[1, 2, 3, … (+1 more)]" },
        { new List<int> { 1, 2, 3, 4, 5, 6 }, "[1, 2, 3, … (+3 more)]" },
        { new List<string?> { "a", null }, "[a, null]" },
        { new List<List<int>> { new() { 1, 2 }, new() { 3 } }, "[[1, 2], [3]]" },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void A_sequence_prints_its_first_three_elements_and_a_count_of_the_rest(object sequence, string expected)
    {
        var builder = new StringBuilder();

        ModelText.Append(builder, sequence);

        Assert.Equal(expected, builder.ToString());
    }

    [Fact]
    public void A_dictionary_prints_only_its_keys()
    {
        var builder = new StringBuilder();

        ModelText.Append(builder, new Dictionary<string, string> { ["k1"] = "secret-value", ["k2"] = "v", ["k3"] = "v", ["k4"] = "v" });

        Assert.Equal("{k1, k2, k3, … (+1 more)}", builder.ToString());
    }

    [Fact]
    public void Unmodelled_json_members_print_only_their_names()
    {
        using var document = JsonDocument.Parse("{\"a\":\"secret-value\",\"b\":2}");
        var members = document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, JsonElement>(p.Name, p.Value)).ToList();
        var builder = new StringBuilder();

        ModelText.Append(builder, members);

        Assert.Equal("{a, b}", builder.ToString());
    }

    [Fact]
    public void Text_and_null_print_as_themselves()
    {
        var builder = new StringBuilder();

        ModelText.Append(builder, "abc");
        ModelText.Append<string?>(builder, null);
        ModelText.Append(builder, 4.5m);

        Assert.Equal("abc4.5", builder.ToString());
    }
}
