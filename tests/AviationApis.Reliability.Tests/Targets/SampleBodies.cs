namespace AviationApis.Reliability.Tests.Targets;

/// <summary>Canned bodies of the plain Core target.</summary>
internal static class SampleBodies
{
    public const string Flight = """
        {
          "id": 4711,
          "number": "AV123",
          "date": "2026-01-19",
          "departure": "08:10",
          "updated": "2024-10-14T04:00:01+08:00",
          "sent": "2026-01-19T08:10:06.135Z",
          "status": "Confirmed",
          "seats": 12,
          "price": 1234.50,
          "legs": [ { "from": "GRU", "to": "LIS", "departs": "2026-01-19T08:10:00" }, ],
          "futureMember": { "kept": true }
        }
        """;

    public const string Booking = """{ "reference": "BK-000123", "status": "Confirmed" }""";

    public const string WrongShape = """[ { "unexpected": [1, 2, 3] } ]""";
}
