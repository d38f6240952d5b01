using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.DependencyInjection;
using AviationApis.Cangooroo.Options;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.Cangooroo.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Fact]
    public void Missing_settings_fail_validation_naming_the_keys()
    {
        var services = new ServiceCollection();
        services.AddCangoorooClient(o => o.BookingPathSegment = "Do/Booking");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<CangoorooClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName));

        Assert.Contains("Cangooroo:BaseAddress is required.", ex.Failures);
        Assert.Contains("Cangooroo:Username is required.", ex.Failures);
        Assert.Contains("Cangooroo:Password is required.", ex.Failures);
        Assert.Contains(ex.Failures, f => f.StartsWith("Cangooroo:BookingPathSegment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Configuration_section_binds_every_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cangooroo:BaseAddress"] = "http://127.0.0.1:5000/some/prefix/",
            ["Cangooroo:Username"] = "agency",
            ["Cangooroo:Password"] = "from-config",
            ["Cangooroo:BookingPathSegment"] = "DoBooking",
            ["Cangooroo:Pipeline:MaxRetryAttempts"] = "0",
            ["Cangooroo:Pipeline:AttemptTimeout"] = "00:00:07",
        }).Build();
        var services = new ServiceCollection();
        var mock = new MockHttpMessageHandler();
        mock.When(CangoorooHarness.MethodUrl + "GetServiceDetails")
            .WithPartialContent("\"Password\":\"from-config\"")
            .Respond("application/json", CangoorooHarness.Payload("booking-response.json"));
        services.AddCangoorooClient(configuration.GetSection("Cangooroo")).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<CangoorooClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName);
        var booking = await provider.GetRequiredService<ICangoorooFlightClient>().GetServiceDetailsAsync("379");

        Assert.Equal("DoBooking", options.BookingPathSegment);
        Assert.Equal(0, options.Pipeline.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Pipeline.AttemptTimeout);
        Assert.Equal("379", booking.ServiceId);
    }

    [Fact]
    public async Task Named_connections_are_keyed_services_with_their_own_settings()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        var mock = new MockHttpMessageHandler();
        mock.When("https://a.example/ws/Rest/Flight.svc/GetServiceDetails").WithPartialContent("\"Username\":\"a\"").Respond("application/json", CangoorooHarness.Payload("booking-response.json"));
        mock.When("https://b.example/ws/Rest/Flight.svc/GetServiceDetails").WithPartialContent("\"Username\":\"b\"").Respond("application/json", CangoorooHarness.Payload("details-response.json"));
        services.AddCangoorooClient("a", o => { o.BaseAddress = new Uri("https://a.example/"); o.Username = "a"; o.Password = "pass-a"; }).ConfigurePrimaryHttpMessageHandler(() => mock);
        services.AddCangoorooClient("b", o => { o.BaseAddress = new Uri("https://b.example/"); o.Username = "b"; o.Password = "pass-b"; }).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        var a = provider.GetRequiredKeyedService<ICangoorooFlightClient>("a");
        var b = provider.GetRequiredKeyedService<ICangoorooFlightClient>("b");

        Assert.NotSame(a, b);
        Assert.Same(a, provider.GetRequiredKeyedService<ICangoorooFlightClient>("a"));
        Assert.Equal(BookingStatus.Confirmed, (await a.GetServiceDetailsAsync("379")).Status);
        Assert.Equal(BookingStatus.InProgress, (await b.GetServiceDetailsAsync("379")).Status);
        Assert.Null(provider.GetService<ICangoorooFlightClient>());
        var factory = provider.GetRequiredService<ICangoorooFlightClientFactory>();
        Assert.Same(a, factory.Get("a"));
        Assert.Same(b, factory.Get("b"));
        Assert.Throws<InvalidOperationException>(() => factory.Get("c"));
    }

    [Fact]
    public async Task A_search_of_one_connection_cannot_be_quoted_or_booked_with_another()
    {
        var services = new ServiceCollection();
        var mock = new MockHttpMessageHandler();
        mock.When("*Search").Respond("application/json", CangoorooHarness.Payload("search-response.json"));
        mock.When("*GetCancellationPolicies").Respond("application/json", CangoorooHarness.Payload("policies-response.json"));
        mock.When("*Booking").Respond("application/json", CangoorooHarness.Payload("booking-response.json"));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2020, 1, 10, 12, 0, 0, TimeSpan.Zero)));
        services.AddCangoorooClient("a", o => { o.BaseAddress = new Uri("https://a.example/"); o.Username = "a"; o.Password = "pass-a"; }).ConfigurePrimaryHttpMessageHandler(() => mock);
        services.AddCangoorooClient("b", o => { o.BaseAddress = new Uri("https://b.example/"); o.Username = "b"; o.Password = "pass-b"; }).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();
        var a = provider.GetRequiredKeyedService<ICangoorooFlightClient>("a");
        var b = provider.GetRequiredKeyedService<ICangoorooFlightClient>("b");

        var search = await a.SearchAsync(CangoorooHarness.AdultOnlyCriteria);
        var quote = await a.GetCancellationPoliciesAsync(search.Select("17", "1", "2"));

        await Assert.ThrowsAsync<ArgumentException>(() => b.GetCancellationPoliciesAsync(search.Select("17", "1", "2")));
        await Assert.ThrowsAsync<ArgumentException>(() => b.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard));
        Assert.Equal(BookingStatus.Confirmed, (await a.BookAsync(quote, [CangoorooHarness.SeedPassenger], CangoorooHarness.SeedCard)).Status);
    }

    [Fact]
    public void Default_client_is_a_singleton()
    {
        using var harness = new CangoorooHarness();

        Assert.Same(harness.Client, harness.Client);
    }
}
