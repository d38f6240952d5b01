using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Redaction;
using AviationApis.Core.Signing;
using AviationApis.Reliability.Tests.Matrix;
using AviationApis.Reliability.Tests.Secrets;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>
/// A plain client on the Core pipeline, written the way docs/writing-a-client.md says: named HttpClient with
/// <c>AddAviationPipeline</c>, an <see cref="ApiOperation"/> on every request, <see cref="ApiResponses.ReadJsonAsync"/>
/// for bodies and <see cref="ApiExceptionFactory.FromResponse"/> for errors.
/// </summary>
public sealed class CorePipelineTarget : IMatrixTarget
{
    /// <summary>The HttpClient name.</summary>
    public const string ClientName = "ReliabilityCore";

    private static readonly ApiOperation GetFlight = new("Core.GetFlight", Idempotency.Idempotent);
    private static readonly ApiOperation SetStatus = new("Core.SetFlightStatus", Idempotency.Idempotent);
    private static readonly ApiOperation Book = new("Core.Book", Idempotency.NonIdempotent);

    private static readonly Redactor Redactor = new([TestSecrets.ApiKey]);

    /// <inheritdoc />
    public string Name => "Core";

    /// <inheritdoc />
    public string BasePath => "core/api/";

    /// <inheritdoc />
    public IReadOnlyList<string> Secrets => [TestSecrets.ApiKey];

    /// <inheritdoc />
    public IReadOnlyList<MatrixOperation> Operations { get; } =
    [
        new(OperationClass.IdempotentRead, GetFlight.Name, "/flights/AV123", SampleBodies.Flight, SampleBodies.WrongShape, true, (sp, ct) => GetFlightAsync(sp, ct)),
        new(OperationClass.IdempotentCommand, SetStatus.Name, "/flights/AV123/status", SampleBodies.Flight, SampleBodies.WrongShape, true, (sp, ct) => SetStatusAsync(sp, ct)),
        new(OperationClass.NonIdempotentCreate, Book.Name, "/bookings", SampleBodies.Booking, SampleBodies.WrongShape, true, (sp, ct) => BookAsync(sp, ct)),
    ];

    /// <summary>The base address the client was registered with (kept per container).</summary>
    private sealed record Settings(Uri BaseAddress);

    /// <inheritdoc />
    public IHttpClientBuilder Register(IServiceCollection services, Uri baseAddress, MatrixBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var options = new AviationPipelineOptions();
        budget.Apply(options);
        return Register(services, baseAddress, options);
    }

    /// <summary>Registers the client with explicit pipeline options.</summary>
    /// <param name="services">The container.</param>
    /// <param name="baseAddress">The base address.</param>
    /// <param name="options">The pipeline options.</param>
    /// <returns>The builder.</returns>
    public static IHttpClientBuilder Register(IServiceCollection services, Uri baseAddress, AviationPipelineOptions options)
    {
        services.AddSingleton(new Settings(baseAddress));
        return services.AddHttpClient(ClientName).AddAviationPipeline(_ => new AviationPipelineSettings
        {
            ClientName = ClientName,
            AllowedBaseAddresses = [baseAddress],
            Options = options,
            Signer = new ApiKeyHeaderSigner("x-api-key", TestSecrets.ApiKey),
            Redactor = Redactor,
        });
    }

    /// <summary>GET flights/AV123.</summary>
    public static Task<SampleFlight> GetFlightAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Combine(BaseOf(services), "flights/AV123"));
        return SendAsync(services, request.SetOperation(GetFlight), SampleJsonContext.Camel.SampleFlight, cancellationToken);
    }

    /// <summary>PUT flights/AV123/status.</summary>
    public static Task<SampleFlight> SetStatusAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, ApiUri.Combine(BaseOf(services), "flights/AV123/status"))
        {
            Content = JsonRequestContent.Create(new SampleStatusChange { Status = SampleStatus.Cancelled }, SampleJsonContext.Camel.SampleStatusChange),
        };
        return SendAsync(services, request.SetOperation(SetStatus), SampleJsonContext.Camel.SampleFlight, cancellationToken);
    }

    /// <summary>POST bookings (with a card number and security code in the body).</summary>
    public static Task<SampleBooking> BookAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var body = new SampleBookingRequest { Flight = "AV123", CardNumber = TestSecrets.CardNumber, Cvv = TestSecrets.CardSecurityCode };
        var request = new HttpRequestMessage(HttpMethod.Post, ApiUri.Combine(BaseOf(services), "bookings"))
        {
            Content = JsonRequestContent.Create(body, SampleJsonContext.Camel.SampleBookingRequest),
        };
        return SendAsync(services, request.SetOperation(Book), SampleJsonContext.Camel.SampleBooking, cancellationToken);
    }

    /// <summary>Sends a request marked with an operation and reads the body; errors become typed exceptions.</summary>
    public static async Task<T> SendAsync<T>(IServiceProvider services, HttpRequestMessage request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        using (request)
        {
            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var text = await ApiResponses.ReadErrorBodyAsync(response, cancellationToken);
                throw ApiExceptionFactory.FromResponse(response, ApiErrorContent.Empty, text, Redactor);
            }

            return await ApiResponses.ReadJsonAsync(response, typeInfo, Redactor, cancellationToken);
        }
    }

    private static Uri BaseOf(IServiceProvider services) => services.GetRequiredService<Settings>().BaseAddress;
}
