using Xunit;

namespace AviationApis.Testing;

/// <summary>
/// Counts requests a test server holds (until the client gives up on them): the server calls <see cref="Add"/> when
/// it starts holding one, and the test awaits <see cref="NextAsync"/> before it moves the clock to a budget.
/// </summary>
public sealed class HeldRequests
{
    private readonly SemaphoreSlim _held = new(0);

    /// <summary>The server holds one more request.</summary>
    public void Add() => _held.Release();

    /// <summary>
    /// Waits (bounded by <see cref="SteppingTimeProvider.RealTimeGuard"/>, in real time) until the server holds one
    /// more request; fails at once, with the call's own error, if <paramref name="call"/> ends first.
    /// </summary>
    /// <param name="call">The call expected to send the request.</param>
    public async Task NextAsync(Task call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var held = _held.WaitAsync(SteppingTimeProvider.RealTimeGuard);
        if (await Task.WhenAny(held, call).ConfigureAwait(false) == call && !held.IsCompleted)
        {
            await call.ConfigureAwait(false);
            Assert.Fail("the call ended without sending the request");
        }

        Assert.True(await held.ConfigureAwait(false), "the server did not receive the request");
    }
}
