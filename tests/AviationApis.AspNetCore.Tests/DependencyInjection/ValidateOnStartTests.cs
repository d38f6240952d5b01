using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Tests.DependencyInjection;

/// <summary>Misconfigured webhook options stop the host at start, with a message naming each wrong setting.</summary>
public sealed class ValidateOnStartTests
{
    [Fact]
    public async Task Shared_webhook_settings_fail_at_start_naming_each_setting()
    {
        var error = await StartFailsAsync(services => services.AddAviationWebhooks(o =>
        {
            o.MaxBodyBytes = 0;
            o.RetryBaseDelay = TimeSpan.FromMinutes(1);
            o.RetryMaxDelay = TimeSpan.FromSeconds(1);
            o.MaxConcurrentHandlers = -1;
        }));

        Assert.Contains("AviationWebhookOptions.MaxBodyBytes must be positive (is 0).", error.Failures);
        Assert.Contains(error.Failures, f => f.StartsWith("AviationWebhookOptions.RetryMaxDelay must be at least RetryBaseDelay", StringComparison.Ordinal));
        Assert.Contains("AviationWebhookOptions.MaxConcurrentHandlers must be positive (is -1).", error.Failures);
        Assert.Equal(3, error.Failures.Count());
    }

    [Fact]
    public async Task Valid_shared_settings_start()
    {
        using var host = Build(services => services.AddAviationWebhooks(o => o.MaxBodyBytes = 1));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task A_colon_in_an_Avinode_client_identifier_fails_at_start_naming_the_connection()
    {
        var error = await StartFailsAsync(services => services.AddAvinodeWebhookHandler<ReceiverHost.RecordingAvinodeHandler>(o =>
            o.Connections["acme-jets"] = new AvinodeWebhookConnection { ClientIdentifier = "acme:jets", ClientSecret = "acme-secret-1111" }));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("Webhooks:Avinode:Connections:acme-jets:ClientIdentifier cannot contain ':'", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("acme-secret-1111", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_Avinode_connections_with_one_client_identifier_fail_at_start_naming_both()
    {
        var error = await StartFailsAsync(services => services.AddAvinodeWebhookHandler<ReceiverHost.RecordingAvinodeHandler>(o =>
        {
            o.ClientIdentifier = "same-hook";
            o.ClientSecret = "secret-1111";
            o.Connections["blue-sky"] = new AvinodeWebhookConnection { ClientIdentifier = "same-hook", ClientSecret = "secret-2222" };
        }));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("Webhooks:Avinode:ClientIdentifier and Webhooks:Avinode:Connections:blue-sky:ClientIdentifier are the same", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CargoAi_callback_endpoint_without_verification_fails_at_start_naming_the_setting()
    {
        var error = await StartFailsAsync(services => services.AddCargoAiCallbackHandler<ReceiverHost.RecordingCargoAiHandler>(_ => { }));

        Assert.Contains(error.Failures, f => f.Contains("CargoAiCallbackEndpointOptions.Verifier", StringComparison.Ordinal));
    }

    private static async Task<OptionsValidationException> StartFailsAsync(Action<IServiceCollection> configure)
    {
        using var host = Build(configure);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    private static IHost Build(Action<IServiceCollection> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddAviationWebhookInMemoryInbox();
        configure(builder.Services);
        return builder.Build();
    }
}
