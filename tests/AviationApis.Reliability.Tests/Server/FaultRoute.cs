using System.Collections.Concurrent;

namespace AviationApis.Reliability.Tests.Server;

/// <summary>
/// A programmed route of the fault server: every request whose path starts with <see cref="Prefix"/>. Attempt
/// <c>n</c> (1-based) gets <c>Steps[n-1]</c>, later attempts get <see cref="Then"/>. The server counts what it saw, so
/// "the server saw the booking once" is asserted from the server's side.
/// </summary>
public sealed class FaultRoute
{
    private readonly ConcurrentQueue<SeenRequest> _seen = new();
    private readonly ConcurrentQueue<SeenRequest> _setupSeen = new();
    private int _count;
    private int _setupCount;
    private readonly object _barrierGate = new();
    private TaskCompletionSource _barrier = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    internal FaultRoute(Uri baseAddress, string id, IReadOnlyList<FaultStep> steps, FaultStep then, string goodBody, string wrongShapeBody, string goodContentType, RouteSetup? setup)
    {
        Setup = setup ?? RouteSetup.None;
        Id = id;
        Prefix = "/" + id + "/";
        BaseAddress = new Uri(baseAddress, Prefix);
        Steps = steps;
        Then = then;
        GoodBody = goodBody;
        WrongShapeBody = wrongShapeBody;
        GoodContentType = goodContentType;
    }

    /// <summary>The route's first path segment.</summary>
    public string Id { get; }

    /// <summary><c>/{Id}/</c>.</summary>
    public string Prefix { get; }

    /// <summary><c>http://127.0.0.1:PORT/{Id}/</c>: give it (plus any further prefix) to a client as its base address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Which requests are scripted, and what the others (a flow's earlier steps) get.</summary>
    public RouteSetup Setup { get; }

    /// <summary>Requests on the route that were not scripted (answered from <see cref="RouteSetup.Bodies"/>).</summary>
    public int SetupCount => Volatile.Read(ref _setupCount);

    /// <summary>The answers for attempts 1..n.</summary>
    public IReadOnlyList<FaultStep> Steps { get; }

    /// <summary>The answer for every later attempt.</summary>
    public FaultStep Then { get; }

    /// <summary>The body of <see cref="FaultKind.Good"/> (also what truncated JSON cuts).</summary>
    public string GoodBody { get; }

    /// <summary>The body of <see cref="FaultKind.WrongShape"/>.</summary>
    public string WrongShapeBody { get; }

    /// <summary>The content type of the good body.</summary>
    public string GoodContentType { get; }

    /// <summary>Requests that reached the server on this route.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The unscripted requests (a flow's earlier steps, token requests), in arrival order.</summary>
    public IReadOnlyList<SeenRequest> SetupSeen => _setupSeen.ToArray();

    /// <summary>Every scripted request the server saw, in attempt order.</summary>
    public IReadOnlyList<SeenRequest> Seen => _seen.OrderBy(s => s.Attempt).ToArray();

    internal (int Attempt, FaultStep Step) Next()
    {
        var attempt = Interlocked.Increment(ref _count);
        return (attempt, attempt <= Steps.Count ? Steps[attempt - 1] : Then);
    }

    internal void Record(SeenRequest request)
    {
        if (Setup.RecordRequests)
        {
            _seen.Enqueue(request);
        }
    }

    internal void RecordSetup(SeenRequest request)
    {
        Interlocked.Increment(ref _setupCount);
        if (Setup.RecordRequests)
        {
            _setupSeen.Enqueue(request);
        }
    }

    /// <summary>Waits until <see cref="RouteSetup.Barrier"/> requests have arrived in this generation.</summary>
    internal Task ArriveAsync(CancellationToken cancellationToken)
    {
        if (Setup.Barrier <= 1)
        {
            return Task.CompletedTask;
        }

        Task generation;
        lock (_barrierGate)
        {
            generation = _barrier.Task;
            if (++_arrived >= Setup.Barrier)
            {
                _barrier.SetResult();
                _barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _arrived = 0;
            }
        }

        return generation.WaitAsync(FaultServer.StallLimit, cancellationToken);
    }
}
