using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.SchedAero.Reports;

/// <summary>The kind of a tripsheet (open set: unknown values are kept).</summary>
[ExtensibleEnum(NullIsEmpty = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TripsheetReportType>))]
public readonly partial struct TripsheetReportType
{
    /// <summary>A passenger tripsheet.</summary>
    public static TripsheetReportType PassengerTripSheet { get; } = new("PassengerTripSheet");

    /// <summary>A pilot tripsheet.</summary>
    public static TripsheetReportType PilotTripSheet { get; } = new("PilotTripSheet");
}
