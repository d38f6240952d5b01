using AviationApis.Core.Pipeline;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class AviationPipelineOptionsTests
{
    private const string Section = "Vendor:Pipeline";

    [Fact]
    public void Defaults_are_the_documented_ones_and_valid()
    {
        var options = new AviationPipelineOptions();

        Assert.Equal(TimeSpan.FromSeconds(100), options.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AttemptTimeout);
        Assert.Equal(3, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RetryMaxDelay);
        Assert.True(options.UseJitter);
        Assert.True(options.CircuitBreakerEnabled);
        Assert.Equal(0.5, options.CircuitBreakerFailureRatio);
        Assert.Equal(20, options.CircuitBreakerMinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(30), options.CircuitBreakerSamplingDuration);
        Assert.Equal(TimeSpan.FromSeconds(15), options.CircuitBreakerBreakDuration);
        Assert.Empty(options.Validate(Section));
    }

    [Fact]
    public void Logged_headers_are_the_documented_allow_list_in_any_case()
    {
        var options = new AviationPipelineOptions();

        string[] documented =
        [
            "Content-Type", "Content-Length", "Content-Encoding", "Retry-After", "Date", "Location",
            "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset",
            "X-Request-Id", "X-Correlation-Id", "Request-Id", "traceparent",
            "X-Avinode-ApiVersion", "X-Avinode-Product", "X-Avinode-SentTimestamp", "x-api-name",
        ];
        Assert.Equal(documented.Order(StringComparer.Ordinal), options.LoggedHeaders.Order(StringComparer.Ordinal));
        Assert.Contains("CONTENT-TYPE", options.LoggedHeaders);
        Assert.DoesNotContain("Authorization", options.LoggedHeaders);
        Assert.Empty(options.LoggedQueryParameters);
        options.LoggedQueryParameters.Add("Page");
        Assert.Contains("page", options.LoggedQueryParameters);
    }

    public static TheoryData<string, Action<AviationPipelineOptions>> Invalid => new()
    {
        { "TotalTimeout must be positive.", o => o.TotalTimeout = TimeSpan.Zero },
        { "TotalTimeout must be positive.", o => o.TotalTimeout = TimeSpan.FromTicks(-1) },
        { "TotalTimeout must be positive.", o => o.TotalTimeout = TimeSpan.FromMilliseconds(-2) },
        { "AttemptTimeout must be positive.", o => o.AttemptTimeout = TimeSpan.Zero },
        { "AttemptTimeout must be positive.", o => o.AttemptTimeout = TimeSpan.FromMilliseconds(-2) },
        { "MaxRetryAttempts must be between 0 and 100.", o => o.MaxRetryAttempts = -1 },
        { "MaxRetryAttempts must be between 0 and 100.", o => o.MaxRetryAttempts = 101 },
        { "RetryBaseDelay must be non-negative and not above RetryMaxDelay.", o => o.RetryBaseDelay = TimeSpan.FromTicks(-1) },
        { "RetryBaseDelay must be non-negative and not above RetryMaxDelay.", o => o.RetryMaxDelay = o.RetryBaseDelay - TimeSpan.FromTicks(1) },
        { "CircuitBreakerFailureRatio must be in (0, 1].", o => o.CircuitBreakerFailureRatio = 0 },
        { "CircuitBreakerFailureRatio must be in (0, 1].", o => o.CircuitBreakerFailureRatio = -0.1 },
        { "CircuitBreakerFailureRatio must be in (0, 1].", o => o.CircuitBreakerFailureRatio = 1.0001 },
        { "CircuitBreakerMinimumThroughput must be at least 2.", o => o.CircuitBreakerMinimumThroughput = 1 },
        { "CircuitBreakerSamplingDuration and CircuitBreakerBreakDuration must be at least 0.5 s.", o => o.CircuitBreakerSamplingDuration = TimeSpan.FromMilliseconds(499) },
        { "CircuitBreakerSamplingDuration and CircuitBreakerBreakDuration must be at least 0.5 s.", o => o.CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(499) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_problem_has_one_message_naming_its_key(string message, Action<AviationPipelineOptions> configure)
    {
        var options = new AviationPipelineOptions();
        configure(options);

        Assert.Equal([$"{Section}:{message}"], options.Validate(Section));
    }

    public static TheoryData<Action<AviationPipelineOptions>> ValidEdges => new()
    {
        o => o.TotalTimeout = Timeout.InfiniteTimeSpan,
        o => o.TotalTimeout = TimeSpan.FromTicks(1),
        o => o.AttemptTimeout = Timeout.InfiniteTimeSpan,
        o => o.AttemptTimeout = TimeSpan.FromTicks(1),
        o => o.MaxRetryAttempts = 0,
        o => o.MaxRetryAttempts = 100,
        o => o.RetryBaseDelay = TimeSpan.Zero,
        o => o.RetryMaxDelay = o.RetryBaseDelay,
        o => o.CircuitBreakerFailureRatio = 1,
        o => o.CircuitBreakerFailureRatio = 0.0001,
        o => o.CircuitBreakerMinimumThroughput = 2,
        o => o.CircuitBreakerSamplingDuration = TimeSpan.FromMilliseconds(500),
        o => o.CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(500),
    };

    [Theory]
    [MemberData(nameof(ValidEdges))]
    public void Values_at_the_edges_are_valid(Action<AviationPipelineOptions> configure)
    {
        var options = new AviationPipelineOptions();
        configure(options);

        Assert.Empty(options.Validate(Section));
    }

    [Fact]
    public void Every_problem_is_reported_in_order()
    {
        var options = new AviationPipelineOptions
        {
            TotalTimeout = TimeSpan.Zero,
            AttemptTimeout = TimeSpan.Zero,
            MaxRetryAttempts = -1,
            RetryBaseDelay = TimeSpan.FromSeconds(-1),
            CircuitBreakerFailureRatio = 0,
            CircuitBreakerMinimumThroughput = 0,
            CircuitBreakerSamplingDuration = TimeSpan.Zero,
        };

        Assert.Equal(
            [
                "X:TotalTimeout must be positive.",
                "X:AttemptTimeout must be positive.",
                "X:MaxRetryAttempts must be between 0 and 100.",
                "X:RetryBaseDelay must be non-negative and not above RetryMaxDelay.",
                "X:CircuitBreakerFailureRatio must be in (0, 1].",
                "X:CircuitBreakerMinimumThroughput must be at least 2.",
                "X:CircuitBreakerSamplingDuration and CircuitBreakerBreakDuration must be at least 0.5 s.",
            ],
            options.Validate("X"));
    }
}
