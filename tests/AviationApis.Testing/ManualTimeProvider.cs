namespace AviationApis.Testing;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when a test says so. Timers (Task.Delay, CancelAfter, Polly
/// delays) fire when <see cref="Advance"/> passes their due time. <see cref="RunAsync{T}"/> drives an operation by
/// jumping to the next due timer whenever the operation is idle, so retries and waits take no real time.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;
    private int _version;

    public ManualTimeProvider(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 1, 19, 8, 10, 6, 135, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Total virtual time advanced since creation.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>The due time of the earliest pending timer, if any.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count == 0 ? null : _timers.Min(t => t.Due);
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due, in order.</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by));
        }

        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due <= target).OrderBy(t => t.Due).FirstOrDefault();
                if (next is null)
                {
                    Elapsed += target - _now;
                    _now = target;
                    return;
                }

                Elapsed += next.Due - _now;
                _now = next.Due > _now ? next.Due : _now;
                next.Reschedule();
            }

            next.Fire();
        }
    }

    /// <summary>
    /// Runs <paramref name="operation"/>, advancing the clock to the next due timer whenever it has been idle for a
    /// few real milliseconds, until it completes or <paramref name="maxVirtualTime"/> has passed.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> operation, TimeSpan? maxVirtualTime = null)
    {
        var limit = GetUtcNow() + (maxVirtualTime ?? TimeSpan.FromHours(2));
        var task = operation();
        for (var step = 0; !task.IsCompleted && step < 10_000; step++)
        {
            // Advance only when the operation is idle: no timer created, changed or disposed for two polls.
            var version = Volatile.Read(ref _version);
            await Task.WhenAny(task, Task.Delay(20)).ConfigureAwait(false);
            if (task.IsCompleted)
            {
                break;
            }

            if (version != Volatile.Read(ref _version))
            {
                continue;
            }

            await Task.WhenAny(task, Task.Delay(20)).ConfigureAwait(false);
            if (task.IsCompleted || version != Volatile.Read(ref _version) || ThreadPool.PendingWorkItemCount > 0)
            {
                // Still moving (or continuations are queued on a busy machine): let it run before jumping ahead.
                continue;
            }

            var due = NextDue;
            if (due is null || due > limit)
            {
                continue;
            }

            var now = GetUtcNow();
            Advance(due.Value > now ? due.Value - now : TimeSpan.Zero);
        }

        return await task.ConfigureAwait(false);
    }

    /// <summary>Runs an operation without a result; see <see cref="RunAsync{T}"/>.</summary>
    public Task RunAsync(Func<Task> operation, TimeSpan? maxVirtualTime = null) =>
        RunAsync(async () => { await operation().ConfigureAwait(false); return true; }, maxVirtualTime);

    private void Register(ManualTimer timer)
    {
        Interlocked.Increment(ref _version);
        lock (_gate)
        {
            _timers.Remove(timer);
            if (timer.Due != DateTimeOffset.MaxValue)
            {
                _timers.Add(timer);
            }
        }
    }

    private void Unregister(ManualTimer timer)
    {
        Interlocked.Increment(ref _version);
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer : ITimer
    {
        private readonly ManualTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
        }

        public DateTimeOffset Due { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            Due = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : _owner.GetUtcNow() + dueTime;
            _owner.Register(this);
            return true;
        }

        // Called under the owner's lock.
        public void Reschedule()
        {
            _owner._timers.Remove(this);
            if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
            {
                Due += _period;
                _owner._timers.Add(this);
            }
            else
            {
                Due = DateTimeOffset.MaxValue;
            }
        }

        public void Fire() => _callback(_state);

        public void Dispose() => _owner.Unregister(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
