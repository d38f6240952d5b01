namespace AviationApis.CargoAi.Errors;

/// <summary>A callback body could not be read. <see cref="Field"/> names the member at fault (a JSON path such as <c>$.flight.departureTime</c>).</summary>
public sealed class CargoAiCallbackFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CargoAiCallbackFormatException()
        : this("The CargoAi callback body could not be read.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public CargoAiCallbackFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The parser's exception.</param>
    public CargoAiCallbackFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="field">The JSON path of the member at fault, or <c>$</c> for the whole body.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="lineNumber">The zero-based line of the problem, when known.</param>
    /// <param name="innerException">The parser's exception.</param>
    public CargoAiCallbackFormatException(string field, string reason, long? lineNumber, Exception? innerException)
        : base($"The CargoAi callback field '{field}' could not be read: {reason}", innerException)
    {
        Field = field;
        LineNumber = lineNumber;
    }

    /// <summary>The JSON path of the member at fault (<c>$</c> for the whole body).</summary>
    public string Field { get; } = "$";

    /// <summary>The zero-based line of the problem, when known.</summary>
    public long? LineNumber { get; }
}
