using AviationApis.AspNetCore.Inbox;
using AviationApis.AspNetCore.Tests.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Tests.DependencyInjection;

public sealed class WebhookServiceCollectionExtensionsTests
{
    [Fact]
    public void The_default_inbox_is_sqlite_at_the_configured_path_and_a_later_choice_replaces_it()
    {
        var path = TestDirectory.NewFile("di", ".db");
        var services = new ServiceCollection().AddLogging();
        services.AddAviationWebhooks();
        services.AddAviationWebhookSqliteInbox(o => o.Path = path);
        using (var provider = services.BuildServiceProvider())
        {
            var inbox = Assert.IsType<SqliteWebhookInbox>(provider.GetRequiredService<IWebhookInbox>());
            Assert.Equal(path, inbox.FilePath);
        }

        using var defaults = new ServiceCollection().AddLogging().AddAviationWebhooks().BuildServiceProvider();
        Assert.EndsWith("aviation-webhook-inbox.db", Assert.IsType<SqliteWebhookInbox>(defaults.GetRequiredService<IWebhookInbox>()).FilePath, StringComparison.Ordinal);

        var postgres = new ServiceCollection().AddLogging().AddAviationWebhooks();
        postgres.AddAviationWebhookPostgresInbox(o => o.ConnectionString = "Host=127.0.0.1;Database=x");
        Assert.Single(postgres, d => d.ServiceType == typeof(IWebhookInbox));
        using var pg = postgres.BuildServiceProvider();
        Assert.IsType<PostgresWebhookInbox>(pg.GetRequiredService<IWebhookInbox>());
    }

    [Fact]
    public void Store_options_never_print_the_connection_string() =>
        Assert.DoesNotContain("Password=hunter2", new PostgresWebhookInboxOptions { ConnectionString = "Host=db;Password=hunter2" }.ToString(), StringComparison.Ordinal);
}
