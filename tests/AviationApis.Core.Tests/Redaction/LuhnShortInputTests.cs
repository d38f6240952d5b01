using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Redaction;

public sealed class LuhnShortInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("0")]
    public void Fewer_than_two_digits_never_pass(string digits) => Assert.False(Luhn.IsValid(digits));

    [Theory]
    [InlineData("18", true)]
    [InlineData("19", false)]
    [InlineData("59", true)]
    public void Two_digits_are_the_shortest_number_that_is_checked(string digits, bool valid) =>
        Assert.Equal(valid, Luhn.IsValid(digits));

    [Fact]
    public void A_non_digit_fails_the_check() => Assert.False(Luhn.IsValid("4111-1111"));
}
