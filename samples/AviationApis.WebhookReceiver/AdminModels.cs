using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.WebhookReceiver;

/// <summary>The inbox counts the admin endpoint returns.</summary>
internal sealed record InboxCounts(long Pending, long Dead, DateTimeOffset? OldestPendingReceivedAt);

/// <summary>One dead delivery as the admin endpoint lists it (no body).</summary>
internal sealed record DeadDelivery(string Key, string Endpoint, string? Connection, DateTimeOffset ReceivedAt, int Attempts, string? LastError);

/// <summary>How many deliveries a replay made pending again.</summary>
internal sealed record Replayed(int Count);

/// <summary>Source-generated JSON for the admin endpoints.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(InboxCounts))]
[JsonSerializable(typeof(DeadDelivery[]))]
[JsonSerializable(typeof(Replayed))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
