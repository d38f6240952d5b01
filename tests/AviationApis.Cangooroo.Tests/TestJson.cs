using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Tests;

[JsonSerializable(typeof(BookingStatus))]
internal sealed partial class TestJson : JsonSerializerContext;
