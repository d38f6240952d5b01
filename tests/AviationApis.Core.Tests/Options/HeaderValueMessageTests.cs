using AviationApis.Core.Options;

namespace AviationApis.Core.Tests.Options;

public sealed class HeaderValueMessageTests
{
    [Theory]
    [InlineData("a\rb", "a carriage return (CR)")]
    [InlineData("a\nb", "a line feed (LF)")]
    [InlineData("a\0b", "a NUL character")]
    [InlineData("a\u0001b", "the control character U+0001")]
    [InlineData("a\u001Fb", "the control character U+001F")]
    [InlineData("a\u007Fb", "the control character U+007F")]
    [InlineData("a\u00e9b", "the non-ASCII character U+00E9")]
    public void The_message_names_the_character_and_its_position(string value, string what) =>
        Assert.Equal($"Key is sent in an HTTP header and must contain only printable ASCII characters; it contains {what} at position 1.", HeaderValueRules.Validate(value, "Key"));

    [Theory]
    [InlineData(" ~")]
    [InlineData("a~b")]
    public void Space_and_tilde_are_the_printable_range_s_ends(string value)
    {
        Assert.True(HeaderValueRules.IsValid(value));
        Assert.Null(HeaderValueRules.Validate(value, "Key"));
    }
}
