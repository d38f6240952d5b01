using System.Net;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Faults;

/// <summary>
/// Fault injection for your own tests: fail the next calls of an operation with a status code, slow calls down, or drop
/// the connection, so retry and timeout handling can be tested offline. Rules apply in the order they were added and are
/// consumed as matching calls arrive; thread-safe.
/// </summary>
/// <remarks>
/// <para>An operation is addressed by its API and its name, or every operation of the API with <see langword="null"/>
/// or <c>"*"</c>. Names: CargoAi <c>CreateUser</c>, <c>GetUserToken</c>, <c>UpdateUser</c>, <c>DeleteUser</c>,
/// <c>Search</c>, <c>Book</c>, <c>Track</c>, <c>CancelBooking</c>; Cangooroo <c>Search</c>,
/// <c>GetCancellationPolicies</c>, <c>Booking</c>, <c>Cancel</c>, <c>GetServiceDetails</c>; Avinode
/// <c>GetPersonContact</c>, <c>GetCompanyContact</c>, <c>SetExternalIdentity</c>, <c>GetTrip</c>,
/// <c>GetTripReports</c>, <c>GetFlightLeg</c>, <c>GetFlightLegReports</c>, <c>GetQuote</c>, <c>GetQuotePdf</c>,
/// <c>GetTripsheetPdf</c>, <c>CreateExternalSystem</c>, <c>GetExternalSystem</c>, <c>CreateWebhookSettings</c>,
/// <c>ListWebhookSettings</c>, <c>GetWebhookSettings</c>, <c>UpdateWebhookSettings</c>.</para>
/// <para>A failed call does not reach the emulator: no state changes. A dropped connection throws
/// <see cref="HttpRequestException"/> in process and aborts the TCP connection on Kestrel.</para>
/// </remarks>
public sealed class SandboxFaults
{
    private readonly object gate = new();
    private readonly List<FaultRule> rules = [];

    /// <summary>Answers the next <paramref name="count"/> matching calls with <paramref name="statusCode"/> and the API's error body.</summary>
    /// <param name="api">The API.</param>
    /// <param name="operation">The operation name, or <see langword="null"/> / <c>"*"</c> for any.</param>
    /// <param name="count">How many calls fail (at least 1).</param>
    /// <param name="statusCode">The status to answer, e.g. 503; 429 and 503 come with <c>Retry-After: 1</c>.</param>
    public void FailNext(SandboxApi api, string? operation, int count, HttpStatusCode statusCode) =>
        Add(new FaultRule(api, operation, count, FaultKind.Fail, statusCode, TimeSpan.Zero));

    /// <summary>Delays matching calls by <paramref name="latency"/> (measured on the sandbox's <see cref="TimeProvider"/>), honouring cancellation.</summary>
    /// <param name="api">The API.</param>
    /// <param name="operation">The operation name, or <see langword="null"/> / <c>"*"</c> for any.</param>
    /// <param name="latency">The added delay.</param>
    /// <param name="count">How many calls are delayed; <see langword="null"/> for every call until <see cref="Clear"/>.</param>
    public void AddLatency(SandboxApi api, string? operation, TimeSpan latency, int? count = null) =>
        Add(new FaultRule(api, operation, count ?? int.MaxValue, FaultKind.Latency, HttpStatusCode.OK, latency));

    /// <summary>Drops the connection of the next <paramref name="count"/> matching calls without an answer.</summary>
    /// <param name="api">The API.</param>
    /// <param name="operation">The operation name, or <see langword="null"/> / <c>"*"</c> for any.</param>
    /// <param name="count">How many calls are dropped (at least 1).</param>
    public void DropConnection(SandboxApi api, string? operation, int count = 1) =>
        Add(new FaultRule(api, operation, count, FaultKind.Drop, HttpStatusCode.OK, TimeSpan.Zero));

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    internal FaultDecision Take(SandboxApi api, string operation)
    {
        var decision = default(FaultDecision);
        lock (gate)
        {
            foreach (var rule in rules.ToList())
            {
                if (rule.Api != api || (rule.Operation is not null && rule.Operation != "*" && !string.Equals(rule.Operation, operation, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                switch (rule.Kind)
                {
                    case FaultKind.Latency:
                        decision = decision with { Latency = decision.Latency + rule.Latency };
                        break;
                    case FaultKind.Drop when !decision.Drop && decision.Status is null:
                        decision = decision with { Drop = true };
                        break;
                    case FaultKind.Fail when !decision.Drop && decision.Status is null:
                        decision = decision with { Status = rule.Status };
                        break;
                    default:
                        continue;
                }

                rule.Remaining--;
                if (rule.Remaining <= 0)
                {
                    rules.Remove(rule);
                }
            }
        }

        return decision;
    }

    private void Add(FaultRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Remaining, 1, "count");
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Latency, TimeSpan.Zero, "latency");
        lock (gate)
        {
            rules.Add(rule);
        }
    }

    private enum FaultKind
    {
        Fail,
        Latency,
        Drop,
    }

    private sealed class FaultRule(SandboxApi api, string? operation, int count, FaultKind kind, HttpStatusCode status, TimeSpan latency)
    {
        public SandboxApi Api { get; } = api;

        public string? Operation { get; } = operation;

        public int Remaining { get; set; } = count;

        public FaultKind Kind { get; } = kind;

        public HttpStatusCode Status { get; } = status;

        public TimeSpan Latency { get; } = latency;
    }
}

/// <summary>What the fault rules decided for one call.</summary>
internal readonly record struct FaultDecision(TimeSpan Latency, bool Drop, HttpStatusCode? Status);
