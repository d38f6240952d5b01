using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Reports;

/// <summary>A report template (type <c>report</c>), e.g. "Passenger by leg trip sheet".</summary>
public sealed record TripsheetReportInfo
{
    /// <summary>The report's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The kind of tripsheet.</summary>
    public TripsheetReportType? ReportType { get; init; }

    /// <summary>The report's id (opaque). An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The report's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>report</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Name).Add(ReportType).Add(Id).Add(Href).Add(Type).Add(AdditionalProperties).Written;
}
