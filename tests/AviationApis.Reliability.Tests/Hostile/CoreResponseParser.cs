using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Reliability.Tests.Targets;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>Core's response reader (<see cref="ApiResponses.ReadJsonAsync"/>) on a model with every Core converter.</summary>
public sealed class CoreResponseParser : IHostileParser
{
    /// <inheritdoc />
    public string Name => "core-response";

    /// <inheritdoc />
    public string ValidSample => SampleBodies.Flight;

    /// <inheritdoc />
    public IReadOnlyList<string> ExtensibleEnumPaths => ["$.status"];

    /// <inheritdoc />
    public async Task ParseAsync(byte[] input, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/core/api/flights/AV123").SetOperation(new ApiOperation("Core.GetFlight", Idempotency.Idempotent));
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(input), RequestMessage = request };
        await ApiResponses.ReadJsonAsync(response, SampleJsonContext.Camel.SampleFlight, null, cancellationToken);
    }

    /// <inheritdoc />
    public bool IsTypedError(Exception exception) =>
        exception is InvalidResponseException { Messages.Count: > 0 } invalid && invalid.Messages.All(m => m.Length > 0);
}
