using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Redaction;

public sealed class RedactorCardNumberLengthTests
{
    [Theory]
    [InlineData("4111111111119", "*********1119")]
    [InlineData("4111111111111111110", "***************1110")]
    public void The_shortest_and_longest_card_numbers_are_masked(string card, string masked) =>
        Assert.Equal($"card {masked} ok", Redactor.Default.Redact($"card {card} ok"));

    [Theory]
    [InlineData(null, "[REDACTED]")]
    [InlineData("", "[REDACTED]")]
    [InlineData("1234567", "[REDACTED]")]
    [InlineData("1234-5678", "****5678")]
    public void Masking_needs_eight_digits(string? number, string expected) =>
        Assert.Equal(expected, Redactor.MaskCardNumber(number));
}
