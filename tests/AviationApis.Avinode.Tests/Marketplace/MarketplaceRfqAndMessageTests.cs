using System.Net;
using System.Text.Json;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;
using AviationApis.Core.Signing;
using NodaTime;

namespace AviationApis.Avinode.Tests.Marketplace;

public sealed class MarketplaceRfqAndMessageTests
{
    private const string PrefixedBase = "http://127.0.0.1:5057/some/prefix/api/";

    [Fact]
    public async Task Reading_an_rfq_sends_typed_include_flags_and_reads_seller_lifts_with_statuses_and_actions()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Rfq);

        var result = await harness.Marketplace.GetRfqAsync(
            new ResourceId("arfq-1001"),
            [RfqInclude.QuoteBreakdown, RfqInclude.LatestQuote, RfqInclude.QuoteBreakdown],
            MarketplaceFields.Rfqs("segments").And("airports", "name"));

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(
            PrefixedBase + "rfqs/arfq-1001?quotebreakdown=true&latestquote=true&fields[rfqs]=segments&fields[airports]=name",
            Uri.UnescapeDataString(sent.Uri.AbsoluteUri));
        Assert.Null(sent.Header(AvinodeHeaders.ActAsAccount));

        var rfq = result.Data!;
        Assert.Equal(new ResourceId("arfq-1001"), rfq.Id);
        Assert.Equal("A1B2C3", rfq.TripId);
        Assert.Equal("Acme Charter", rfq.BuyerCompany!.DisplayName);
        Assert.Equal("johnsmith64", rfq.BuyerAccount!.Name);
        Assert.False(rfq.Canceled);
        var segment = Assert.Single(rfq.Segments!);
        Assert.Equal("KMIA", segment.StartAirport!.Icao);
        Assert.Equal(new LocalDate(2025, 3, 1), segment.DateTime!.Date);
        Assert.Equal(new LocalTime(10, 0), segment.DateTime.Time);
        Assert.Equal(4, segment.PaxCount);
        Assert.True(segment.AdditionalProperties!.ContainsKey("departureDateTime"));

        Assert.Equal(2, rfq.SellerLifts!.Count);
        var lift = rfq.SellerLifts[0];
        Assert.Equal(new ResourceId("asellerlift-2001"), lift.Id);
        Assert.Equal("Gulfstream G650", lift.AircraftType!.Name);
        Assert.Equal("N650GX", lift.AircraftTail!.Name);
        Assert.True(lift.IsAccepted);
        Assert.Equal("ACCEPTED", lift.SourcingStatus);
        Assert.Equal(new ResourceId("aquote-3001"), Assert.Single(lift.Links!.Quotes!).Id);
        Assert.EndsWith("/tripmsgs/asellerlift-2001/submitQuote", lift.Actions!.SubmitQuote!.Href, StringComparison.Ordinal);
        Assert.EndsWith("/tripmsgs/asellerlift-2001/decline", lift.Actions.Decline!.Href, StringComparison.Ordinal);
        Assert.True(lift.AdditionalProperties!.ContainsKey("latestQuote"));
        Assert.True(rfq.SellerLifts[1].IsDeclined);
        Assert.Equal("Heavy jet", rfq.SellerLifts[1].AircraftCategory);
        Assert.Equal(new ResourceId("abuyermsg-2002"), Assert.Single(rfq.Links!.TripMessages!).Id);
        Assert.NotNull(rfq.Actions!.SearchInAvinode);
        Assert.True(rfq.AdditionalProperties!.ContainsKey("analytics"));
    }

    [Fact]
    public async Task An_unknown_include_flag_is_sent_as_given()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Rfq);

        await harness.Marketplace.GetRfqAsync(new ResourceId("arfq-1001"), [RfqInclude.FromValue("tailphotos")]);

        Assert.Equal(MarketplacePayloads.Base + "rfqs/arfq-1001?tailphotos=true", Assert.Single(harness.Requests).Uri.AbsoluteUri);
        Assert.False(RfqInclude.FromValue("tailphotos").IsKnown);
        Assert.True(RfqInclude.SellerContactInfo.IsKnown);
    }

    [Fact]
    public async Task Reading_a_trip_message_sends_output_currencies_and_reads_links_and_actions()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.TripMessage);

        var result = await harness.Marketplace.GetTripMessageAsync(new ResourceId("abuyermsg-1000000023"), ["USD", "EUR"], MarketplaceFields.TripMessages("quotes"));

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(
            MarketplacePayloads.Base + "tripmsgs/abuyermsg-1000000023?outputCurrencies=USD&outputCurrencies=EUR&fields[tripmsgs]=quotes",
            Uri.UnescapeDataString(sent.Uri.AbsoluteUri));
        var message = result.Data!;
        Assert.Equal("Can you do it with a G650?", message.Message);
        Assert.Equal("Acme Charter", message.Sender!.DisplayName);
        Assert.Equal(new ResourceId("arfq-1001"), Assert.Single(message.Links!.Rfqs!).Id);
        Assert.Equal(new ResourceId("aquote-3001"), Assert.Single(message.Links.Quotes!).Id);
        Assert.NotNull(message.Actions!.Chat);
        Assert.True(message.AdditionalProperties!.ContainsKey("sentTimestamp"));
    }

    [Fact]
    public async Task Reading_a_quote_reads_prices_and_keeps_unknown_line_item_types()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Quote);

        var quote = (await harness.Marketplace.GetQuoteAsync(new ResourceId("aquote-3001"))).Data!;

        Assert.Equal(MarketplacePayloads.Base + "quotes/aquote-3001", Assert.Single(harness.Requests).Uri.AbsoluteUri);
        Assert.Equal(45000.5m, quote.SellerPrice!.Price);
        Assert.Equal("USD", quote.SellerPrice.Currency);
        Assert.Equal(42000m, quote.SellerPriceWithoutCommission!.Price);
        Assert.Equal(QuoteLineItemType.Crew, quote.LineItems![0].Type);
        Assert.Equal("DEICING", quote.LineItems[1].Type!.Value.Value);
        Assert.False(quote.LineItems[1].Type!.Value.IsKnown);
    }

    [Fact]
    public async Task Chat_posts_the_message_with_act_as_account_and_is_not_retried()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Json("{}", HttpStatusCode.BadGateway);

        await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.RunMarketplace(c =>
            c.SendChatAsync(new ResourceId("arfq-1001"), new ChatMessage { Message = "Is catering included?", SuppressNotification = true }, "johnsmith64")));

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(PrefixedBase + "tripmsgs/arfq-1001/chat", sent.Uri.AbsoluteUri);
        Assert.Equal("johnsmith64", sent.Header(AvinodeHeaders.ActAsAccount));
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal("Is catering included?", body.RootElement.GetProperty("message").GetString());
        Assert.True(body.RootElement.GetProperty("suppressNotification").GetBoolean());
    }

    [Fact]
    public async Task An_empty_chat_message_is_refused_locally()
    {
        using var harness = new AvinodeHarness();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.Marketplace.SendChatAsync(new ResourceId("arfq-1001"), new ChatMessage { Message = " " }));

        Assert.Contains(error.Details.FieldErrors, f => f.Field == "message");
        Assert.Empty(harness.Requests);
    }

    [Fact]
    public async Task Submitting_a_quote_posts_segments_lift_price_line_items_and_attachments()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data("""{"id": "asellermsg-9", "type": "tripmsgs", "href": "https://sandbox.avinode.com/api/tripmsgs/asellermsg-9"}""");
        var submission = new QuoteSubmission
        {
            Message = "We can do it.",
            SuppressNotification = false,
            Quote = new QuoteDetails
            {
                Segments =
                [
                    new QuoteSegment
                    {
                        StartAirport = MarketplaceAirport.FromIcao("KMIA"),
                        EndAirport = MarketplaceAirport.FromIcao("EGLL"),
                        DateTime = new SegmentDateTime { Date = new LocalDate(2025, 3, 1), Time = new LocalTime(10, 0), Departure = true, Local = false },
                        PaxCount = 4,
                        PaxSegment = true,
                        ShowToBuyer = true,
                        DistanceNm = 3817,
                        BlockTimeMinutes = 520,
                        FlightMinutes = 500,
                    },
                ],
                Lift = new QuoteLift { AircraftTail = "N650GX" },
                MessageForBuyer = "Includes catering.",
                CurrencyCode = "USD",
                SellerUniqueQuoteIdentifier = "Q-2025-0042",
                TotalPrice = 45000.50m,
                LineItems = [new QuoteLineItem { Type = QuoteLineItemType.Crew, DisplayName = "Crew", Price = 3000m, FormattedQuantity = "2", FormattedUnitPrice = "1,500", VisibleToBuyer = true }],
                Attachments = [new QuoteAttachment { MimeType = "application/pdf", Name = "quote.pdf", Uri = "https://files.example.com/quote.pdf" }],
            },
        };

        var result = await harness.Marketplace.SubmitQuoteAsync(new ResourceId("asellerlift-2001"), submission, "johnsmith64");

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(MarketplacePayloads.Base + "tripmsgs/asellerlift-2001/submitQuote", sent.Uri.AbsoluteUri);
        Assert.Equal("johnsmith64", sent.Header(AvinodeHeaders.ActAsAccount));
        using var body = JsonDocument.Parse(sent.Body!);
        var root = body.RootElement;
        Assert.Equal("We can do it.", root.GetProperty("message").GetString());
        Assert.False(root.GetProperty("suppressNotification").GetBoolean());
        var quote = root.GetProperty("quote");
        Assert.Equal("N650GX", quote.GetProperty("lift").GetProperty("aircraftTail").GetString());
        Assert.Equal("USD", quote.GetProperty("currencyCode").GetString());
        Assert.Equal(45000.50m, quote.GetProperty("totalPrice").GetDecimal());
        Assert.Equal("Q-2025-0042", quote.GetProperty("sellerUniqueQuoteIdentifier").GetString());
        Assert.Equal("Includes catering.", quote.GetProperty("messageForBuyer").GetString());
        var segment = quote.GetProperty("segments")[0];
        Assert.Equal(3817, segment.GetProperty("distanceNM").GetInt32());
        Assert.Equal(520, segment.GetProperty("blockTimeMinutes").GetInt32());
        Assert.Equal(500, segment.GetProperty("flightMinutes").GetInt32());
        Assert.True(segment.GetProperty("showToBuyer").GetBoolean());
        Assert.Equal("4", segment.GetProperty("paxCount").GetString());
        Assert.False(segment.GetProperty("dateTime").GetProperty("local").GetBoolean());
        var line = quote.GetProperty("lineItems")[0];
        Assert.Equal("CREW", line.GetProperty("type").GetString());
        Assert.Equal(3000m, line.GetProperty("price").GetDecimal());
        Assert.Equal("1,500", line.GetProperty("formattedUnitPrice").GetString());
        Assert.True(line.GetProperty("visibleToBuyer").GetBoolean());
        var attachment = quote.GetProperty("attachments")[0];
        Assert.Equal("application/pdf", attachment.GetProperty("mimeType").GetString());
        Assert.Equal("Quote", attachment.GetProperty("type").GetString());
        Assert.Equal("https://files.example.com/quote.pdf", attachment.GetProperty("uri").GetString());
        // The vendor documents no answer data for submitQuote: the call returns the meta-only AvinodeResponse (the data sent here is ignored).
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public async Task A_quote_in_a_malformed_currency_is_refused_locally()
    {
        using var harness = new AvinodeHarness();

        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.Marketplace.SubmitQuoteAsync(
            new ResourceId("arfq-1001"),
            new QuoteSubmission { Quote = new QuoteDetails { CurrencyCode = "dollars", TotalPrice = 1m } }));

        Assert.Empty(harness.Requests);
    }

    public static TheoryData<string> DeclineReasons => new() { "AIRCRAFT_NOT_AVAILABLE", "CABOTAGE", "CREW_NOT_AVAILABLE", "OWNER_DECLINED", "UNATTRACTIVE_TRIP", "UNKNOWN", "OTHER" };

    [Theory]
    [MemberData(nameof(DeclineReasons))]
    public async Task Declining_posts_each_documented_reason(string reason)
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"meta": {}}""");
        var known = new[]
        {
            DeclineReason.AircraftNotAvailable, DeclineReason.Cabotage, DeclineReason.CrewNotAvailable, DeclineReason.OwnerDeclined,
            DeclineReason.UnattractiveTrip, DeclineReason.Unknown, DeclineReason.Other,
        };
        var typed = Assert.Single(known, r => r.Value == reason);
        Assert.True(typed.IsKnown);

        var result = await harness.Marketplace.DeclineAsync(new ResourceId("asellerlift-2001"), new TripDecline { Reason = typed, Message = "No aircraft available." });

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(PrefixedBase + "tripmsgs/asellerlift-2001/decline", sent.Uri.AbsoluteUri);
        Assert.Null(sent.Header(AvinodeHeaders.ActAsAccount));
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal(reason, body.RootElement.GetProperty("declineReason").GetString());
        Assert.Equal("No aircraft available.", body.RootElement.GetProperty("message").GetString());
        Assert.False(body.RootElement.TryGetProperty("suppressNotification", out _));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public async Task Searching_empty_legs_posts_segments_and_reads_a_list_or_a_wrapped_list()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        var calls = 0;
        harness.Handler = (_, _) => ++calls switch
        {
            1 => AvinodeHarness.Json("{}", HttpStatusCode.ServiceUnavailable),
            2 => AvinodeHarness.Json("""{"meta": {}, "data": [{"id": "aemptyleg-1", "startAirport": {"icao": "LFPB"}, "endAirport": {"icao": "LIRA"}, "aircraftType": "Citation XLS", "price": 9000}]}"""),
            _ => AvinodeHarness.Json("""{"meta": {}, "data": {"emptyLegs": [{"id": "aemptyleg-2"}, {"id": "aemptyleg-3"}]}}"""),
        };
        var search = new EmptyLegSearchRequest
        {
            Segments = [new TripSegment { StartAirport = MarketplaceAirport.FromIcao("LFPG"), EndAirport = MarketplaceAirport.FromIcao("LIRF"), DateTime = new SegmentDateTime { Date = new LocalDate(2025, 5, 1) }, PaxCount = 2 }],
        };

        var first = await harness.RunMarketplace(c => c.SearchEmptyLegsAsync(search));
        var second = await harness.Marketplace.SearchEmptyLegsAsync(search);

        var sent = harness.Requests.ToArray();
        Assert.Equal(3, sent.Length);
        Assert.All(sent, r => Assert.Equal(HttpMethod.Post, r.Method));
        Assert.Equal(PrefixedBase + "emptylegs/search", sent[0].Uri.AbsoluteUri);
        using var body = JsonDocument.Parse(sent[0].Body!);
        var segment = body.RootElement.GetProperty("segments")[0];
        Assert.Equal("LFPG", segment.GetProperty("startAirport").GetProperty("icao").GetString());
        Assert.Equal("2025-05-01", segment.GetProperty("dateTime").GetProperty("date").GetString());
        Assert.False(segment.GetProperty("dateTime").TryGetProperty("time", out _));
        var leg = Assert.Single(first.Data!);
        Assert.Equal("LIRA", leg.EndAirport!.Icao);
        Assert.Equal("Citation XLS", leg.AircraftType!.Name);
        Assert.True(leg.AdditionalProperties!.ContainsKey("price"));
        Assert.Equal(2, second.Data!.Count);
    }

    [Fact]
    public async Task Links_are_followed_on_own_hosts_only()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Quote);

        var quote = await harness.Marketplace.GetAsync<MarketplaceQuote>(new ResourceLink { Href = MarketplacePayloads.Base + "quotes/aquote-3001" });
        await Assert.ThrowsAsync<OriginNotAllowedException>(() => harness.Marketplace.GetAsync<MarketplaceQuote>(new ResourceLink { Href = "https://evil.example.com/api/quotes/aquote-3001" }));

        Assert.Equal(new ResourceId("aquote-3001"), quote.Data!.Id);
        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task Errors_map_to_typed_exceptions_with_every_code_and_path()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (r, _) => r.Method == HttpMethod.Get
            ? AvinodeHarness.Errors(HttpStatusCode.NotFound, """[{"code": "NOT_FOUND", "title": "Not found"}]""")
            : AvinodeHarness.Errors(HttpStatusCode.UnprocessableEntity, """[{"code": "ERR_INPUT_GENERIC_INVALID", "title": "Invalid price", "path": "quote.totalPrice"}, {"code": "ERR_INPUT_MISSING", "title": "Lift required", "path": "quote.lift"}]""");

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => harness.Marketplace.GetRfqAsync(new ResourceId("arfq-404")));
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            harness.Marketplace.SubmitQuoteAsync(new ResourceId("asellerlift-2001"), new QuoteSubmission { Quote = new QuoteDetails { TotalPrice = 1m } }));

        Assert.Contains(invalid.Details.FieldErrors, f => f.Field == "quote.totalPrice");
        Assert.Contains(invalid.Details.FieldErrors, f => f.Field == "quote.lift");
    }

    [Fact]
    public async Task The_marketplace_rate_limit_is_kept_apart_from_the_webhook_one()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) =>
        {
            var response = AvinodeHarness.Data(MarketplacePayloads.Quote);
            response.Headers.Add("X-Rate-Limit-Limit", "1000");
            response.Headers.Add("X-Rate-Limit-Remaining", "998");
            response.Headers.Add("X-Rate-Limit-Reset", "1200");
            return response;
        };

        await harness.Marketplace.GetQuoteAsync(new ResourceId("aquote-3001"));

        Assert.Equal(998, harness.Marketplace.RateLimit!.Remaining);
        Assert.Null(harness.Marketplace.Webhooks.RateLimit);
        Assert.Null(harness.Client.RateLimit);
    }
}
