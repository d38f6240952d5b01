using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AviationApis.Benchmarks.Payloads;

/// <summary>
/// Generates the canned response bodies, deterministically (fixed seed), straight to UTF-8 with
/// <see cref="Utf8JsonWriter"/>: independent of the models, so every contender reads exactly the same bytes.
/// </summary>
public static class PayloadGenerator
{
    private static readonly string[] Airports = ["SIN", "CDG", "FRA", "HKG", "DXB", "JFK", "ORD", "AMS", "LHR", "GRU", "GIG", "BSB", "NRT", "ICN"];
    private static readonly string[] Airlines = ["SQ", "AF", "LH", "CX", "EK", "AA", "UA", "KL", "BA", "LA", "G3", "AD"];
    private static readonly string[] Aircraft = ["777", "77F", "320", "789", "343", "D11"];

    /// <summary>A CargoAi search response with <paramref name="flights"/> offers (1 flight ≈ 2 KB).</summary>
    /// <param name="flights">The number of flights.</param>
    /// <returns>UTF-8 JSON.</returns>
    public static byte[] CargoAiSearch(int flights)
    {
        var random = new Random(42);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(4096, flights * 2200));
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", "5b0d6a5e-3f3c-4c61-9a8e-6f2c1d9b7e41");
            w.WriteString("status", "COMPLETED");
            w.WriteString("resultsURL", "https://app.cargoai.co/forwarder/search/search-result?uuid=5b0d6a5e-3f3c-4c61-9a8e-6f2c1d9b7e41&auth=token");
            w.WriteStartArray("flights");
            for (var i = 0; i < flights; i++)
            {
                var airline = Airlines[random.Next(Airlines.Length)];
                var departure = new DateTimeOffset(2026, 11, 10, 6, 0, 0, TimeSpan.FromHours(8)).AddMinutes(i * 7);
                var uuid = Guid(random).ToString();
                w.WriteStartObject();
                w.WriteString("flightUUID", uuid);
                w.WriteString("airlineCode", airline);
                w.WriteString("flightNumber", $"{airline}{random.Next(100, 999)}-{airline}{random.Next(100, 999)}");
                w.WriteString("departureAirport", "SIN");
                w.WriteString("departureTime", Iso(departure));
                w.WriteString("arrivalAirport", "CDG");
                w.WriteString("arrivalTime", Iso(departure.AddHours(17).ToOffset(TimeSpan.FromHours(1))));
                w.WriteString("latestAcceptanceTime", Iso(departure.AddHours(-4)));
                w.WriteString("timeOfAvailability", Iso(departure.AddHours(20).ToOffset(TimeSpan.FromHours(1))));
                w.WriteNumber("stops", 1);
                w.WriteStartArray("legs");
                for (var leg = 0; leg < 2; leg++)
                {
                    var legDeparture = departure.AddHours(leg * 9);
                    w.WriteStartObject();
                    w.WriteString("flightNumber", $"{airline}{random.Next(100, 999)}");
                    w.WriteString("departureAirport", leg == 0 ? "SIN" : "DXB");
                    w.WriteString("departureTime", Iso(legDeparture));
                    w.WriteString("arrivalAirport", leg == 0 ? "DXB" : "CDG");
                    w.WriteString("arrivalTime", Iso(legDeparture.AddHours(7)));
                    w.WriteString("bodyType", "WIDEBODY");
                    w.WriteString("aircraftCode", Aircraft[random.Next(Aircraft.Length)]);
                    w.WriteStartObject("co2");
                    w.WriteNumber("value", Math.Round(random.NextDouble() * 900, 2));
                    w.WriteBoolean("estimation", true);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("features");
                w.WriteBoolean("bookable", true);
                w.WriteBoolean("awbOptional", false);
                w.WriteEndObject();
                w.WriteStartArray("rates");
                for (var r = 0; r < 2; r++)
                {
                    var net = Math.Round((decimal)(random.NextDouble() * 5) + 1, 2);
                    w.WriteStartObject();
                    w.WriteString("id", Guid(random).ToString() + "1758616658205");
                    w.WriteString("name", r == 0 ? "Spot" : "Market");
                    w.WriteString("type", r == 0 ? "SPOT" : "MARKET");
                    w.WriteString("currency", "EUR");
                    w.WriteNumber("netRate", net);
                    w.WriteNumber("allInRate", net + 0.85m);
                    w.WriteNumber("total", (net + 0.85m) * 250);
                    w.WriteBoolean("minimumRate", false);
                    w.WriteString("lastUpdatedDate", "2026-11-01T10:00:00Z");
                    w.WriteStartArray("charges");
                    WriteCharge(w, "Fuel surcharge", "fsc", 0.65m);
                    WriteCharge(w, "Security surcharge", "ssc", 0.20m);
                    w.WriteEndArray();
                    w.WriteBoolean("isSpotQuoteRate", r == 0);
                    w.WriteStartArray("handlingCodes");
                    w.WriteStringValue("GEN");
                    w.WriteEndArray();
                    w.WriteString("bookingURL", $"https://app.cargoai.co/forwarder/shipment-details/new?flightUUID={uuid}&rateID={r}&auth=token");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteBoolean("available", true);
                w.WriteStartArray("awbPrefixes");
                w.WriteStringValue("618");
                w.WriteEndArray();
                w.WriteString("airlineConditions", "Subject to the carrier's conditions of carriage.");
                w.WriteStartArray("contacts");
                w.WriteStringValue("cargo.sales@example.com");
                w.WriteEndArray();
                w.WriteString("ghaName", "SATS Ltd");
                w.WriteString("hle", "02:00");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("metadata");
            w.WriteStartArray("searchErrors");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A Cangooroo search response with <paramref name="solutions"/> solutions (≈ 4.2 KB each: three outbound and three return options of two legs), starting with a UTF-8 BOM.</summary>
    /// <param name="solutions">The number of solutions.</param>
    /// <returns>UTF-8 JSON with a BOM.</returns>
    public static byte[] CangoorooSearch(int solutions)
    {
        var random = new Random(7);
        var buffer = new ArrayBufferWriter<byte>(solutions * 4400 + 1024);
        buffer.Write(Encoding.UTF8.Preamble);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNull("Error");
            w.WriteString("TimeSpan", "2026-11-23 06:00:00");
            w.WriteNumber("TotalTime", 3.42);
            w.WriteString("Token", "8a4f1c52-7d3e-4b9a-a1f2-0c6e5d4b3a29");
            w.WriteNumber("NumberOfResults", solutions);
            w.WriteStartArray("Solutions");
            var flightId = 1;
            for (var i = 0; i < solutions; i++)
            {
                w.WriteStartObject();
                if (i % 2 == 0)
                {
                    w.WriteNumber("SolutionId", i + 1);
                }
                else
                {
                    w.WriteString("SolutionId", (i + 1).ToString(CultureInfo.InvariantCulture));
                }

                w.WriteString("Provider", "Test Airlines Consolidator");
                w.WriteStartObject("Price");
                w.WriteString("Currency", "BRL");
                w.WriteNumber("Value", Math.Round((decimal)(random.NextDouble() * 4000) + 300, 2));
                w.WriteEndObject();
                var outbound = new DateTime(2026, 12, 10, 6, 0, 0).AddMinutes(random.Next(0, 1440));
                w.WriteStartArray("Depart");
                for (var f = 0; f < 3; f++)
                {
                    WriteCangoorooFlight(w, random, flightId++, outbound.AddHours(3 * f), "GRU", "JFK");
                }

                w.WriteEndArray();
                w.WriteStartArray("Return");
                for (var f = 0; f < 3; f++)
                {
                    WriteCangoorooFlight(w, random, flightId++, outbound.AddDays(7).AddHours(4 * f), "JFK", "GRU");
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>An Avinode person contact (≈ 1 KB) in the <c>{meta, data}</c> envelope.</summary>
    /// <returns>UTF-8 JSON.</returns>
    public static byte[] AvinodeContact()
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("meta");
            w.WriteEndObject();
            w.WriteStartObject("data");
            w.WriteString("id", "contact-123456789");
            w.WriteString("href", "https://sandbox.avinode.com/api/contacts/people/contact-123456789");
            w.WriteString("type", "contact-person");
            w.WriteString("firstName", "Jane");
            w.WriteString("lastName", "Doe");
            w.WriteString("email", "jane.doe@example.com");
            w.WriteString("phone", "+46 8 123 456 78");
            w.WriteStartArray("externalIdentities");
            for (var i = 0; i < 2; i++)
            {
                w.WriteStartObject();
                w.WriteStartObject("externalSystem");
                WriteLink(w, $"external-system-12345678{i}", "externalsystems", "external-system");
                w.WriteEndObject();
                w.WriteString("identifier", $"CRM-{1000 + i}");
                w.WriteString("name", "Our CRM");
                w.WriteString("uri", $"https://crm.example.com/contacts/{1000 + i}");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("links");
            w.WriteStartObject("company");
            WriteLink(w, "contact-company-123456789", "contacts/companies", "contact-company");
            w.WriteEndObject();
            w.WriteStartArray("trips");
            for (var i = 0; i < 3; i++)
            {
                w.WriteStartObject();
                WriteLink(w, $"schedaero-trip-12345678{i}", "trips", "schedaero-trip");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("salesperson");
            WriteLink(w, "contact-987654321", "contacts/people", "contact-person");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A 1 MiB block that starts like a PDF; the PDF body repeats it.</summary>
    /// <returns>The block.</returns>
    public static byte[] PdfBlock()
    {
        var block = new byte[1024 * 1024];
        new Random(3).NextBytes(block);
        "%PDF-1.7\n"u8.CopyTo(block);
        return block;
    }

    private static void WriteCharge(Utf8JsonWriter w, string label, string code, decimal rate)
    {
        w.WriteStartObject();
        w.WriteString("label", label);
        w.WriteString("code", code);
        w.WriteString("type", "PER_KG_CHARGEABLE");
        w.WriteNumber("rate", rate);
        w.WriteNumber("minAmount", 10);
        w.WriteNumber("maxAmount", 0);
        w.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter w, string id, string path, string type)
    {
        w.WriteString("id", id);
        w.WriteString("href", $"https://sandbox.avinode.com/api/{path}/{id}");
        w.WriteString("type", type);
    }

    private static void WriteCangoorooFlight(Utf8JsonWriter w, Random random, int id, DateTime departure, string from, string to)
    {
        var airline = Airlines[random.Next(Airlines.Length)];
        var n1 = random.Next(1000, 9999);
        var n2 = random.Next(1000, 9999);
        w.WriteStartObject();
        if (id % 3 == 0)
        {
            w.WriteString("Id", id.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNumber("Id", id);
        }

        w.WriteString("Airline", "Test Airlines");
        w.WriteString("AirlineCod", airline);
        w.WriteString("Class", "Economy");
        w.WriteString("DepartureDate", Dmy(departure));
        w.WriteString("ArrivalDate", Dmy(departure.AddHours(13)));
        w.WriteString("FlightNumber", $"{n1}; {n2}");
        w.WriteString("IataOriginAirport", from);
        w.WriteString("IataDestinyAirport", to);
        w.WriteNumber("QtdStops", 1);
        w.WriteStartArray("Luggages");
        w.WriteStartObject();
        w.WriteNumber("Quantity", 1);
        w.WriteNumber("Weight", 23);
        w.WriteString("Description", "1 checked bag up to 23 kg");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("Legs");
        var via = Airports[random.Next(Airports.Length)];
        WriteCangoorooLeg(w, n1.ToString(CultureInfo.InvariantCulture), departure, from, via, airline);
        WriteCangoorooLeg(w, n2.ToString(CultureInfo.InvariantCulture), departure.AddHours(6), via, to, airline);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCangoorooLeg(Utf8JsonWriter w, string number, DateTime departure, string from, string to, string airline)
    {
        w.WriteStartObject();
        w.WriteString("FlightNumber", number);
        w.WriteString("DepartureDate", Dmy(departure));
        w.WriteString("ArrivalDate", Dmy(departure.AddHours(5)));
        w.WriteString("IataOriginAirport", from);
        w.WriteString("IataDestinyAirport", to);
        w.WriteString("AirlineCod", airline);
        w.WriteEndObject();
    }

    private static Guid Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Dmy(DateTime value) => value.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
