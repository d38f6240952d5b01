using System.Text.Json.Serialization;
using AviationApis.Cangooroo.Booking;

namespace AviationApis.Cangooroo.Tests.Infrastructure;

[JsonSerializable(typeof(BookingStatus))]
internal sealed partial class TestJson : JsonSerializerContext;
