using AviationApis.AspNetCore.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Tests.Inbox;

/// <summary>Creates a fresh store of each kind the tests run against, and registers it in an application.</summary>
public static class InboxKind
{
    public const string Memory = "memory";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> Durable() => [Sqlite, Postgres];

    public static TheoryData<string> All() => [Memory, Sqlite, Postgres];

    /// <summary>A new, empty store location: a temp SQLite file or a new PostgreSQL database (null for memory).</summary>
    public static async Task<string?> NewLocationAsync(string kind) => kind switch
    {
        Sqlite => TestDirectory.NewFile("inbox", ".db"),
        Postgres => await PostgresServer.CreateDatabaseAsync(),
        _ => null,
    };

    public static async Task<IWebhookInbox> CreateAsync(string kind, string? location = null)
    {
        location ??= await NewLocationAsync(kind);
        IWebhookInbox inbox = kind switch
        {
            Sqlite => new SqliteWebhookInbox(new SqliteWebhookInboxOptions { Path = location! }),
            Postgres => new PostgresWebhookInbox(new PostgresWebhookInboxOptions { ConnectionString = location }),
            _ => new InMemoryWebhookInbox(),
        };
        await inbox.InitializeAsync();
        return inbox;
    }

    public static void Register(IServiceCollection services, string kind, string? location)
    {
        switch (kind)
        {
            case Sqlite:
                services.AddAviationWebhookSqliteInbox(o => o.Path = location!);
                break;
            case Postgres:
                services.AddAviationWebhookPostgresInbox(o => o.ConnectionString = location);
                break;
            default:
                services.AddAviationWebhookInMemoryInbox();
                break;
        }
    }
}
