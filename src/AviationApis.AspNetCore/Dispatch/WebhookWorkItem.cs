namespace AviationApis.AspNetCore.Dispatch;

/// <summary>One accepted delivery: what to run (in its own DI scope) and how to name it in logs.</summary>
/// <param name="Description">Key facts for the log line (no secrets).</param>
/// <param name="Handle">Calls the user's handler.</param>
internal sealed record WebhookWorkItem(string Description, Func<IServiceProvider, CancellationToken, Task> Handle);
