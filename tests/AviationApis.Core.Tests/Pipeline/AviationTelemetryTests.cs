using System.Diagnostics.Metrics;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>The names, units, descriptions and advice every client reports under.</summary>
public sealed class AviationTelemetryTests
{
    private static readonly string Version = typeof(AviationTelemetry).Assembly.GetName().Version!.ToString();

    [Fact]
    public void The_source_and_meter_are_named_AviationApis_and_carry_the_package_version()
    {
        Assert.Equal("AviationApis", AviationTelemetry.SourceName);
        Assert.Equal("AviationApis", AviationTelemetry.MeterName);
        Assert.Equal(Version, AviationTelemetry.Version);
        Assert.Equal("AviationApis", AviationTelemetry.ActivitySource.Name);
        Assert.Equal(Version, AviationTelemetry.ActivitySource.Version);
    }

    [Fact]
    public void The_instruments_have_their_names_units_and_descriptions()
    {
        using var meter = new Meter("Test.AviationTelemetry");
        var instruments = new AviationInstruments(meter);

        AssertInstrument(instruments.Duration, "aviationapis.client.duration", "s", "Duration of logical API calls, retries and waits included.");
        AssertInstrument(instruments.Attempts, "aviationapis.client.attempts", "{attempt}", "Attempts sent to the transport.");
        AssertInstrument(instruments.Retries, "aviationapis.client.retries", "{retry}", "Retries scheduled after a failed attempt.");
        AssertInstrument(instruments.RateLimitRemaining, "aviationapis.client.rate_limit.remaining", "{call}", "Calls remaining in the current rate-limit window.");
        Assert.All(new Instrument[] { instruments.Duration, instruments.Attempts, instruments.Retries, instruments.RateLimitRemaining }, i => Assert.Same(meter, i.Meter));
    }

    [Fact]
    public void The_duration_histogram_advises_buckets_from_5_ms_to_2_minutes()
    {
        using var meter = new Meter("Test.AviationTelemetry");

        var advice = new AviationInstruments(meter).Duration.Advice;

        Assert.Equal(
            new[] { 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120 },
            advice!.HistogramBucketBoundaries!);
    }

    [Fact]
    public void Without_a_meter_factory_every_container_shares_the_process_wide_meter()
    {
        var first = AviationTelemetry.CreateInstruments(null);
        var second = AviationTelemetry.CreateInstruments(null);

        Assert.Same(first, second);
        Assert.Equal(AviationTelemetry.MeterName, first.Duration.Meter.Name);
        Assert.Equal(Version, first.Duration.Meter.Version);
    }

    [Fact]
    public void With_a_meter_factory_each_container_gets_its_own_instruments()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();

        var instruments = AviationTelemetry.CreateInstruments(factory);

        Assert.NotSame(AviationTelemetry.CreateInstruments(null), instruments);
        Assert.NotSame(AviationTelemetry.CreateInstruments(null).Duration.Meter, instruments.Duration.Meter);
        Assert.Equal(AviationTelemetry.MeterName, instruments.Duration.Meter.Name);
        Assert.Equal(Version, instruments.Duration.Meter.Version);
        Assert.Same(factory.Create(new MeterOptions(AviationTelemetry.MeterName) { Version = Version }), instruments.Duration.Meter);
    }

    private static void AssertInstrument(Instrument instrument, string name, string unit, string description)
    {
        Assert.Equal(name, instrument.Name);
        Assert.Equal(unit, instrument.Unit);
        Assert.Equal(description, instrument.Description);
    }
}
