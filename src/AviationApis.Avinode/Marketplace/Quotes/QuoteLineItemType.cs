using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Marketplace.Quotes;

/// <summary>The kind of a quote line item (open set; the values named here come from a secondary summary of the vendor docs — any value the server accepts can be sent with <see cref="FromValue"/>).</summary>
[ExtensibleEnum(NullIsEmpty = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<QuoteLineItemType>))]
public readonly partial struct QuoteLineItemType
{
    /// <summary><c>CREW</c>: crew costs.</summary>
    public static QuoteLineItemType Crew { get; } = new("CREW");

    /// <summary><c>POSITIONING</c>: positioning flights.</summary>
    public static QuoteLineItemType Positioning { get; } = new("POSITIONING");

    /// <summary><c>CATERING</c>: catering.</summary>
    public static QuoteLineItemType Catering { get; } = new("CATERING");

    /// <summary><c>OTHER</c>: anything else.</summary>
    public static QuoteLineItemType Other { get; } = new("OTHER");
}
