using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AviationApis.Generators;

/// <summary>What the generator produces for one struct: a source file, or an error. Value-equal, so unchanged input is not regenerated.</summary>
internal sealed record Output(string TypeName, string? HintName, string? Source, DiagnosticDescriptor? Error, LocationInfo? Location);

/// <summary>A <see cref="Microsoft.CodeAnalysis.Location"/> without its syntax tree (value-equal, safe to cache).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location) =>
        location?.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
