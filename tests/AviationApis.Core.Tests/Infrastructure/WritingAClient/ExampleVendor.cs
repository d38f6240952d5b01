using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;
using AviationApis.Core.Options;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace AviationApis.Core.Tests.Infrastructure.WritingAClient;

/// <summary>The options of the vendor client that docs/writing-a-client.md builds ("Example").</summary>
public sealed class ExampleClientOptions
{
    public Uri? BaseAddress { get; set; }

    public string? ApiKey { get; set; }

    public AviationPipelineOptions Pipeline { get; set; } = new();

    public override string ToString() => "ExampleClientOptions([REDACTED])";
}

/// <summary>Names the key to fix, as every client's validator does.</summary>
internal sealed class ExampleClientOptionsValidator : IValidateOptions<ExampleClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ExampleClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("Example:ApiKey is required.");
        }

        if (options.BaseAddress is null)
        {
            failures.Add("Example:BaseAddress is required.");
        }
        else if (BaseAddressRules.Validate(options.BaseAddress, "Example:BaseAddress") is { } problem)
        {
            failures.Add(problem);
        }

        failures.AddRange(options.Pipeline.Validate("Example:Pipeline"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>A request body of the Example vendor.</summary>
public sealed record ExampleBookRequest
{
    public string? FlightId { get; init; }
}

/// <summary>A response body of the Example vendor.</summary>
public sealed record ExampleBookingResult
{
    public string? Status { get; init; }

    public string? Reason { get; init; }
}

[JsonSerializable(typeof(ExampleBookRequest))]
[JsonSerializable(typeof(ExampleBookingResult))]
internal sealed partial class ExampleJsonContext : JsonSerializerContext
{
    /// <summary>The context with Core's options (camelCase members), as docs/writing-a-client.md describes.</summary>
    public static ExampleJsonContext Wire { get; } = new(AviationJsonOptions.Create(JsonNamingPolicy.CamelCase));
}
