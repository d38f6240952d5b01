using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Marketplace.Rfqs;

/// <summary>Optional information an RFQ read returns only when asked (a boolean query flag such as <c>quotebreakdown=true</c>). The vendor's list is longer than the values named here (it is cut in public sources): use <see cref="FromValue"/> for another flag.</summary>
[ExtensibleEnum(NullIsEmpty = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RfqInclude>))]
public readonly partial struct RfqInclude
{
    /// <summary><c>accountnames</c>: account names.</summary>
    public static RfqInclude AccountNames { get; } = new("accountnames");

    /// <summary><c>amenities</c>: aircraft amenities.</summary>
    public static RfqInclude Amenities { get; } = new("amenities");

    /// <summary><c>analytics</c>: analytics.</summary>
    public static RfqInclude Analytics { get; } = new("analytics");

    /// <summary><c>aviquote</c>: the AviQuote price estimate.</summary>
    public static RfqInclude AviQuote { get; } = new("aviquote");

    /// <summary><c>buyermessages</c>: the buyer's messages.</summary>
    public static RfqInclude BuyerMessages { get; } = new("buyermessages");

    /// <summary><c>categorydetails</c>: aircraft category details.</summary>
    public static RfqInclude CategoryDetails { get; } = new("categorydetails");

    /// <summary><c>homebase</c>: the aircraft's home base.</summary>
    public static RfqInclude HomeBase { get; } = new("homebase");

    /// <summary><c>insurance</c>: insurance details.</summary>
    public static RfqInclude Insurance { get; } = new("insurance");

    /// <summary><c>latestquote</c>: the latest quote of each lift.</summary>
    public static RfqInclude LatestQuote { get; } = new("latestquote");

    /// <summary><c>liftaoc</c>: the lift's AOC.</summary>
    public static RfqInclude LiftAoc { get; } = new("liftaoc");

    /// <summary><c>office</c>: the office.</summary>
    public static RfqInclude Office { get; } = new("office");

    /// <summary><c>perfdetails</c>: aircraft performance details.</summary>
    public static RfqInclude PerfDetails { get; } = new("perfdetails");

    /// <summary><c>quoteattachments</c>: quote attachments.</summary>
    public static RfqInclude QuoteAttachments { get; } = new("quoteattachments");

    /// <summary><c>quotebreakdown</c>: the price breakdown (line items) of quotes.</summary>
    public static RfqInclude QuoteBreakdown { get; } = new("quotebreakdown");

    /// <summary><c>safety</c>: safety ratings.</summary>
    public static RfqInclude Safety { get; } = new("safety");

    /// <summary><c>sellercontactinfo</c>: the seller's contact information.</summary>
    public static RfqInclude SellerContactInfo { get; } = new("sellercontactinfo");

    /// <summary><c>sellermessagelinks</c>: links to the seller's messages.</summary>
    public static RfqInclude SellerMessageLinks { get; } = new("sellermessagelinks");
}
