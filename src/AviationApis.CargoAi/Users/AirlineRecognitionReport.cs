namespace AviationApis.CargoAi.Users;

/// <summary>What <see cref="AirlineRecognition.Assess"/> found: which airlines will not return rates, and whether only the coloader fallback is left.</summary>
/// <param name="HasIataCass">Whether a CASS code is present (the primary way airlines recognise a forwarder).</param>
/// <param name="AirlinesWithoutRates">Airlines that require a customer id the user has not given: they return no rates.</param>
/// <param name="ColoaderFallbackOnly">
/// Neither CASS nor any customer id: only CargoAi's limited coloader network may answer, and its options are not bookable
/// through the API (book through CargoMART / FlyWINDOW).
/// </param>
public sealed record AirlineRecognitionReport(bool HasIataCass, IReadOnlyList<CargoAiAirline> AirlinesWithoutRates, bool ColoaderFallbackOnly)
{
    /// <summary><see langword="true"/> when there is something to warn the user about before searching.</summary>
    public bool HasWarnings => ColoaderFallbackOnly || AirlinesWithoutRates.Count > 0 || !HasIataCass;

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(HasIataCass).Add(AirlinesWithoutRates).Add(ColoaderFallbackOnly).Add(HasWarnings)
            .Written;
}
