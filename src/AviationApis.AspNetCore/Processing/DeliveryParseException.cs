namespace AviationApis.AspNetCore.Processing;

/// <summary>A stored body that verified but does not parse into the vendor's model: parked dead at once, never retried.</summary>
internal sealed class DeliveryParseException : Exception
{
    public DeliveryParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Runs <paramref name="parse"/>, turning the parsers' format errors into a <see cref="DeliveryParseException"/>.</summary>
    public static T Parse<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or ArgumentException)
        {
            throw new DeliveryParseException(ex.Message.Split('\n', 2)[0].Trim(), ex);
        }
    }
}
