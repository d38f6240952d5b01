using AviationApis.Core.Options;
using Microsoft.Extensions.Options;

namespace AviationApis.Cangooroo.Options;

/// <summary>Checks <see cref="CangoorooClientOptions"/> at startup; every message names the key to fix.</summary>
internal sealed class CangoorooClientOptionsValidator : IValidateOptions<CangoorooClientOptions>
{
    public ValidateOptionsResult Validate(string? name, CangoorooClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = string.IsNullOrEmpty(name) ? CangoorooClientOptions.SectionName : $"{CangoorooClientOptions.SectionName}({name})";
        var failures = new List<string>();
        if (BaseAddressRules.Validate(options.BaseAddress, $"{section}:{nameof(options.BaseAddress)}") is { } address)
        {
            failures.Add(address);
        }

        if (string.IsNullOrWhiteSpace(options.Username))
        {
            failures.Add($"{section}:{nameof(options.Username)} is required.");
        }

        if (string.IsNullOrWhiteSpace(options.Password))
        {
            failures.Add($"{section}:{nameof(options.Password)} is required.");
        }

        if (string.IsNullOrEmpty(options.BookingPathSegment) || !options.BookingPathSegment.All(char.IsAsciiLetter))
        {
            failures.Add($"{section}:{nameof(options.BookingPathSegment)} must be a single path segment of letters, e.g. '{CangoorooClientOptions.DefaultBookingPathSegment}' or '{CangoorooClientOptions.DoBookingPathSegment}'.");
        }

        if (options.Pipeline is null)
        {
            failures.Add($"{section}:{nameof(options.Pipeline)} is required.");
        }
        else
        {
            failures.AddRange(options.Pipeline.Validate($"{section}:{nameof(options.Pipeline)}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
