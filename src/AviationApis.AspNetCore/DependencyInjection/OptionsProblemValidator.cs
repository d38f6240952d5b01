using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.DependencyInjection;

/// <summary>
/// Validates the unnamed options instance with a function that lists what is wrong, each failure naming its setting,
/// so that <c>ValidateOnStart</c> stops the host with the actual problem (not a fixed summary).
/// </summary>
/// <typeparam name="TOptions">The options type.</typeparam>
internal sealed class OptionsProblemValidator<TOptions>(Func<TOptions, IEnumerable<string>> problems) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (name is not null && name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
