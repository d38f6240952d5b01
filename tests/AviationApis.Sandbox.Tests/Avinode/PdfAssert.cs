using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AviationApis.Sandbox.Tests.Avinode;

/// <summary>Checks a PDF's structure: header, trailer, startxref pointing at the xref table, and every offset at its object.</summary>
internal static partial class PdfAssert
{
    public static void Valid(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-1.4\n", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
        var startxref = StartXref().Match(text);
        Assert.True(startxref.Success, "no startxref");
        var xrefOffset = int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal("xref\n", text.Substring(xrefOffset, 5));
        var header = XrefHeader().Match(text, xrefOffset);
        Assert.True(header.Success);
        var count = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = Entries().Matches(text, header.Index + header.Length).Take(count).ToList();
        Assert.Equal(count, entries.Count);
        Assert.Equal("f", entries[0].Groups[3].Value);
        for (var i = 1; i < count; i++)
        {
            var offset = int.Parse(entries[i].Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Equal(20, entries[i].Length);
            Assert.Equal($"{i} 0 obj", text.Substring(offset, $"{i} 0 obj".Length));
        }

        Assert.Contains("/Type /Catalog", text, StringComparison.Ordinal);
        Assert.Contains($"/Size {count}", text, StringComparison.Ordinal);
        var length = StreamLength().Match(text);
        var streamStart = text.IndexOf("stream\n", length.Index, StringComparison.Ordinal) + "stream\n".Length;
        Assert.Equal("endstream", text.Substring(streamStart + int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture), "endstream".Length));
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\n0 (\d+)\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf]) \n")]
    private static partial Regex Entries();

    [GeneratedRegex(@"/Length (\d+) >>")]
    private static partial Regex StreamLength();
}
