using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Options;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Search;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using RichardSzalay.MockHttp;

namespace AviationApis.Cangooroo.Tests.Infrastructure;

/// <summary>The registered client over MockHttp at a prefixed base address, on a stepping fake clock, with fake logging.</summary>
internal sealed class CangoorooHarness : IDisposable
{
    public static readonly Uri Base = new("http://127.0.0.1:5000/some/prefix/");
    public const string MethodUrl = "http://127.0.0.1:5000/some/prefix/ws/Rest/Flight.svc/";
    public const string Token = "917eb346-660e-4e7d-9717-25cb381a4221";

    private readonly ServiceProvider _provider;
    private readonly ConcurrentDictionary<string, Func<HttpRequestMessage, string, Task<HttpResponseMessage>>> _routes = new(StringComparer.Ordinal);

    public CangoorooHarness(Action<CangoorooClientOptions>? configure = null, DateTimeOffset? start = null, string username = "Your_Username", string password = "Your_Password")
    {
        Username = username;
        Password = password;
        Time = new SteppingTimeProvider(start ?? new DateTimeOffset(2020, 1, 10, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddCangoorooClient(o =>
            {
                o.BaseAddress = Base;
                o.Username = username;
                o.Password = password;
                o.Pipeline.UseJitter = false;
                // Budgets are off unless a test is about them, so the stepping clock never races a call in flight.
                o.Pipeline.AttemptTimeout = Timeout.InfiniteTimeSpan;
                o.Pipeline.TotalTimeout = Timeout.InfiniteTimeSpan;
                configure?.Invoke(o);
                LongestWait = new[] { o.Pipeline.AttemptTimeout, o.Pipeline.TotalTimeout, TimeSpan.FromHours(2) }.Where(t => t > TimeSpan.Zero).Min();
            })
            .ConfigurePrimaryHttpMessageHandler(() => new CancellationForwardingHandler { InnerHandler = Mock });
        Mock.When("*").Respond(async request =>
        {
            var cancellationToken = CancellationOf(request);
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            var method = request.RequestUri!.AbsolutePath[(request.RequestUri.AbsolutePath.LastIndexOf('/') + 1)..];
            Requests.Enqueue(new CapturedRequest(request.Method, request.RequestUri!, method, body, request.Content?.Headers.ContentType?.MediaType));
            if (!_routes.TryGetValue(method, out var route))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("no route for " + method) };
            }

            try
            {
                return await route(request, body);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // MockHttp's async responders never complete when they fault: carry the exception out instead.
                return new ThrownResponse(ex);
            }
        });
        _provider = services.BuildServiceProvider();
        Logs = _provider.GetFakeLogCollector();
    }

    public string Username { get; }

    public string Password { get; }

    public SteppingTimeProvider Time { get; }

    public MockHttpMessageHandler Mock { get; } = new();

    public FakeLogCollector Logs { get; }

    public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

    public IServiceProvider Services => _provider;

    public ICangoorooFlightClient Client => _provider.GetRequiredService<ICangoorooFlightClient>();

    public int CountOf(string method) => Requests.Count(r => r.Method == method);

    public CapturedRequest Last(string method) => Requests.Last(r => r.Method == method);

    public void On(string method, Func<HttpRequestMessage, string, Task<HttpResponseMessage>> respond) => _routes[method] = respond;

    public void On(string method, Func<HttpResponseMessage> respond) => _routes[method] = (_, _) => Task.FromResult(respond());

    public void OnJson(string method, string json, HttpStatusCode status = HttpStatusCode.OK, bool bom = false) =>
        On(method, () => Json(json, status, bom));

    public void OnPayload(string method, string payloadFile, bool bom = false) => OnJson(method, Payload(payloadFile), bom: bom);

    /// <summary>Routes all five methods to the standard payloads.</summary>
    public void OnAllPayloads()
    {
        OnPayload("Search", "search-response.json");
        OnPayload("GetCancellationPolicies", "policies-response.json");
        OnPayload("Booking", "booking-response.json");
        OnPayload("DoBooking", "booking-response.json");
        OnPayload("GetServiceDetails", "details-response.json");
        OnPayload("Cancel", "cancel-response.json");
    }

    /// <summary>The longest wait the clock steps to: shorter than every budget a test sets, which run beside real work.</summary>
    public TimeSpan LongestWait { get; private set; } = TimeSpan.FromHours(2);

    /// <summary>Runs a call, stepping the clock through its waits (retry delays, outcome polls).</summary>
    public Task<T> RunAsync<T>(Func<ICangoorooFlightClient, Task<T>> call)
    {
        // Options are built on first use: build them now, so LongestWait reflects the budgets the test set.
        _provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<CangoorooClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName);
        return Time.RunAsync(() => call(Client), LongestWait);
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bom)
        {
            bytes = [.. Encoding.UTF8.Preamble, .. bytes];
        }

        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(status) { Content = content };
    }

    public static string Payload(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", file));

    public static JsonNode PayloadNode(string file) => JsonNode.Parse(Payload(file))!;

    public static FlightSearchCriteria SeedCriteria => new()
    {
        Origin = "GRU",
        Destination = "GIG",
        DepartureDate = new LocalDate(2020, 1, 20),
        ReturnDate = new LocalDate(2020, 1, 26),
        Adults = 1,
        ChildrenAges = [7],
        Nationality = "BR",
        Cabin = CabinClass.All,
        Luggage = LuggagePreference.Both,
    };

    /// <summary>The seed's criteria without the child, matching the seed's one-passenger booking.</summary>
    public static FlightSearchCriteria AdultOnlyCriteria => SeedCriteria with { ChildrenAges = [] };

    public static Passenger SeedPassenger => new()
    {
        Name = "test",
        Surname = "NoBook",
        Age = 25,
        Cpf = "011.400.289-22",
        Title = "Mr",
        IsChild = false,
        Address = "Rua do Rocio",
        City = "São Paulo",
        ZipCode = "04552000",
        State = "São Paulo",
        AddressNumber = "123",
        Email = "emailtest@t4w.com.br",
        PhoneAreaCode = "11",
        PhoneCountryCode = "55",
        PhoneNumber = "40028922",
    };

    public static PaymentCard SeedCard => new()
    {
        Holder = "Nikolas K",
        Number = "4111111111111111",
        SecurityCode = "123",
        ExpiryYear = 2020,
        ExpiryMonth = 12,
        Installments = 3,
        Brand = CardBrand.Visa,
    };

    /// <summary>Search (adult only) and quote solution 17, departure 1, return 2.</summary>
    public async Task<CancellationPolicyQuote> QuoteAsync(FlightSearchCriteria? criteria = null)
    {
        var search = await RunAsync(c => c.SearchAsync(criteria ?? AdultOnlyCriteria));
        return await RunAsync(c => c.GetCancellationPoliciesAsync(search.Select("17", "1", "2")));
    }

    /// <summary>The attempt's cancellation token (MockHttp does not pass it to responders).</summary>
    public static CancellationToken CancellationOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(CancellationForwardingHandler.Key, out var token) ? token : CancellationToken.None;

    public void Dispose() => _provider.Dispose();

    private sealed class CancellationForwardingHandler : DelegatingHandler
    {
        public static readonly HttpRequestOptionsKey<CancellationToken> Key = new("Test.Cancellation");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.Set(Key, cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            if (response is ThrownResponse thrown)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(thrown.Exception);
            }

            return response;
        }
    }

    private sealed class ThrownResponse(Exception exception) : HttpResponseMessage
    {
        public Exception Exception { get; } = exception;
    }

    public sealed record CapturedRequest(HttpMethod HttpMethod, Uri Uri, string Method, string Body, string? MediaType)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;
    }
}
