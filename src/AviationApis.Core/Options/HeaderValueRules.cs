namespace AviationApis.Core.Options;

/// <summary>
/// The one rule for values sent in HTTP header fields (API keys, tokens, product names, act-as accounts): printable
/// ASCII only (U+0020 to U+007E). CR, LF, NUL, any other control character and any non-ASCII character are refused,
/// so no value can split a request or be mangled on the wire. Used by option validators (messages name the
/// configuration key), by per-call argument checks, and by the signers as a last line of defence. Messages never
/// contain the value itself: it may be a secret.
/// </summary>
internal static class HeaderValueRules
{
    /// <summary>Checks a value bound for a header; <see langword="null"/> and empty values are not this rule's concern.</summary>
    /// <param name="value">The value.</param>
    /// <param name="key">The configuration key or argument name, named in the message.</param>
    /// <returns>The problem, or <see langword="null"/> when the value may be sent.</returns>
    public static string? Validate(string? value, string key)
    {
        var index = IndexOfInvalid(value);
        if (index < 0)
        {
            return null;
        }

        var code = (int)value![index];
        var what = code switch
        {
            '\r' => "a carriage return (CR)",
            '\n' => "a line feed (LF)",
            0 => "a NUL character",
            < 0x20 or 0x7F => $"the control character U+{code:X4}",
            _ => $"the non-ASCII character U+{code:X4}",
        };
        return $"{key} is sent in an HTTP header and must contain only printable ASCII characters; it contains {what} at position {index}.";
    }

    /// <summary>Throws when an argument bound for a header breaks the rule.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The argument's name.</param>
    /// <exception cref="ArgumentException">The value contains a control or non-ASCII character.</exception>
    public static void ThrowIfInvalid(string? value, string paramName)
    {
        if (Validate(value, paramName) is { } problem)
        {
            throw new ArgumentException(problem, paramName);
        }
    }

    /// <summary>Whether a value may be sent in a header (printable ASCII only; <see langword="null"/> counts as valid).</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it may be sent.</returns>
    public static bool IsValid(string? value) => IndexOfInvalid(value) < 0;

    private static int IndexOfInvalid(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return -1;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is < ' ' or > '~')
            {
                return i;
            }
        }

        return -1;
    }
}
