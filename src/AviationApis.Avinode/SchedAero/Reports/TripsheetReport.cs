using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;

namespace AviationApis.Avinode.SchedAero.Reports;

/// <summary>
/// A tripsheet available for a trip (type <c>report-trip</c>, all legs) or a flight leg (type <c>report-flightleg</c>,
/// that leg only). Download the PDF through <see cref="TripsheetLinks.GeneratePdf"/>.
/// </summary>
public sealed record TripsheetReport
{
    /// <summary>The tripsheet's id (opaque). An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The resource type: <c>report-trip</c> or <c>report-flightleg</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The report template.</summary>
    public TripsheetReportInfo? Report { get; init; }

    /// <summary>The trip, for trip tripsheets.</summary>
    public ResourceLink? Trip { get; init; }

    /// <summary>The leg, for flight-leg tripsheets.</summary>
    public ResourceLink? Leg { get; init; }

    /// <summary>The <c>generate-pdf</c> link.</summary>
    public TripsheetLinks? Links { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Type).Add(Report).Add(Trip).Add(Leg).Add(Links).Add(AdditionalProperties)
            .Written;
}
