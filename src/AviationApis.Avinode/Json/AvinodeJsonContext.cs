using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.SchedAero.FlightLegs;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.SchedAero.Reports;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Json;

/// <summary>
/// The package's source-generated JSON metadata (camelCase, Core's tolerant options). Strings are written with the
/// escaping the vendor specifies: <c>\n</c> (or <c>\r\n</c>) for new lines — a lone <c>\r</c> is written as
/// <c>\n</c> (<see cref="LineBreakNormalizingStringConverter"/>) —, <c>\\</c> for a backslash and <c>\"</c>
/// for a double quote (not <c>\u0022</c>). Strings are read as sent.
/// </summary>
[JsonSerializable(typeof(AvinodeEnvelopeWire<JsonElement>), TypeInfoPropertyName = "AvinodeEnvelopeJsonElement")]
[JsonSerializable(typeof(AvinodeMetaWire))]
[JsonSerializable(typeof(AvinodeEnvelopeWire<ContactPerson>), TypeInfoPropertyName = "AvinodeEnvelopeContactPerson")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<ContactCompany>), TypeInfoPropertyName = "AvinodeEnvelopeContactCompany")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<Trip>), TypeInfoPropertyName = "AvinodeEnvelopeTrip")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<FlightLeg>), TypeInfoPropertyName = "AvinodeEnvelopeFlightLeg")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<Quote>), TypeInfoPropertyName = "AvinodeEnvelopeQuote")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<TripsheetReport>), TypeInfoPropertyName = "AvinodeEnvelopeTripsheetReport")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<IReadOnlyList<TripsheetReport>>), TypeInfoPropertyName = "AvinodeEnvelopeTripsheetReports")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<ExternalIdentity>), TypeInfoPropertyName = "AvinodeEnvelopeExternalIdentity")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<WebhookSettings>), TypeInfoPropertyName = "AvinodeEnvelopeWebhookSettings")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<IReadOnlyList<WebhookSettings>>), TypeInfoPropertyName = "AvinodeEnvelopeWebhookSettingsList")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<MarketplaceTrip>), TypeInfoPropertyName = "AvinodeEnvelopeMarketplaceTrip")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<Rfq>), TypeInfoPropertyName = "AvinodeEnvelopeRfq")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<TripMessage>), TypeInfoPropertyName = "AvinodeEnvelopeTripMessage")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<MarketplaceQuote>), TypeInfoPropertyName = "AvinodeEnvelopeMarketplaceQuote")]
[JsonSerializable(typeof(AvinodeEnvelopeWire<EmptyLeg>), TypeInfoPropertyName = "AvinodeEnvelopeEmptyLeg")]
[JsonSerializable(typeof(EmptyLeg))]
[JsonSerializable(typeof(NamedResource))]
[JsonSerializable(typeof(CreateTripRequest))]
[JsonSerializable(typeof(CancelTripWire))]
[JsonSerializable(typeof(ChatMessage))]
[JsonSerializable(typeof(QuoteSubmission))]
[JsonSerializable(typeof(DeclineWire))]
[JsonSerializable(typeof(EmptyLegSearchRequest))]
[JsonSerializable(typeof(CreateEmptyLegRequest))]
[JsonSerializable(typeof(ResourceLink))]
[JsonSerializable(typeof(AvinodeNotification))]
[JsonSerializable(typeof(WebhookSettingsRequest))]
[JsonSerializable(typeof(ExternalIdentityWire))]
[JsonSerializable(typeof(ExternalIdentityDeactivationWire))]
[JsonSerializable(typeof(ExternalSystemWire))]
internal sealed partial class AvinodeJsonContext : JsonSerializerContext
{
    /// <summary>The context built with Core's options and the vendor's string escaping.</summary>
    public static AvinodeJsonContext Wire { get; } = new(CreateOptions());

    /// <summary>The metadata of the envelope around <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A data type registered on this context.</typeparam>
    /// <returns>The metadata.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type this package reads.</exception>
    public static JsonTypeInfo<AvinodeEnvelopeWire<T>> EnvelopeOf<T>() =>
        Wire.GetTypeInfo(typeof(AvinodeEnvelopeWire<T>)) as JsonTypeInfo<AvinodeEnvelopeWire<T>>
        ?? throw new NotSupportedException(
            $"{typeof(T).Name} is not a resource type this client reads. Use ContactPerson, ContactCompany, Trip, FlightLeg, Quote, "
            + "TripsheetReport, IReadOnlyList<TripsheetReport>, ExternalIdentity, WebhookSettings, the Marketplace's MarketplaceTrip, Rfq, "
            + "TripMessage, MarketplaceQuote, EmptyLeg, or JsonElement for anything else.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = AviationJsonOptions.Create(JsonNamingPolicy.CamelCase);
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new LineBreakNormalizingStringConverter());
        return options;
    }
}
