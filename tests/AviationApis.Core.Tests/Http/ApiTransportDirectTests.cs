using System.Net;
using System.Text;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;
using AviationApis.Core.Tests.Json;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Http;

/// <summary>
/// <see cref="ApiTransport"/>'s three ways of sending, called directly over a plain named client (the pipeline is
/// proven elsewhere): the observer sees every answer, a failure goes through the vendor's reader to the typed
/// exception, and what a call owns is disposed.
/// </summary>
public sealed class ApiTransportDirectTests : IDisposable
{
    private const string Secret = "transport-secret-5d1e";
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    private readonly MockHttpMessageHandler _mock = new();
    private readonly ServiceProvider _services;
    private readonly Redactor _redactor = new([Secret]);

    public ApiTransportDirectTests()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("direct").ConfigurePrimaryHttpMessageHandler(() => _mock);
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _mock.Dispose();
    }

    [Fact]
    public async Task The_observer_sees_a_success_before_the_caller_and_the_body_is_left_unread()
    {
        _mock.When("*").Respond(HttpStatusCode.Accepted, "application/json", "{\"date\":\"2020-01-20\"}");
        var observer = new RecordingObserver();

        using var response = await Transport(new Reader()).SendAsync(Request(), _redactor, observer, CancellationToken.None);

        Assert.Equal([HttpStatusCode.Accepted], observer.Seen);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("{\"date\":\"2020-01-20\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failure_is_observed_then_read_by_the_vendor_reader_redacted_and_thrown_typed()
    {
        _mock.When("*").Respond(HttpStatusCode.NotFound, "application/json", $"{{\"why\":\"no trip for key {Secret}\"}}");
        var observer = new RecordingObserver();
        var reader = new Reader();

        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(() => Transport(reader).SendAsync(Request(), _redactor, observer, CancellationToken.None));

        Assert.Equal([HttpStatusCode.NotFound], observer.Seen);
        Assert.Equal($"{{\"why\":\"no trip for key {Secret}\"}}", reader.Bodies.Single());
        Assert.Equal("Test.Read", ex.OperationName);
        Assert.Equal(["no trip for key [REDACTED]"], ex.Messages);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Details.ResponseExcerpt ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_observer_a_success_is_returned_and_a_failure_thrown()
    {
        _mock.When("https://api.example.test/ok").Respond(HttpStatusCode.OK, "text/plain", "fine");
        _mock.When("https://api.example.test/gone").Respond(HttpStatusCode.InternalServerError, "text/plain", "down");
        var transport = Transport(new Reader());

        using (var response = await transport.SendAsync(Request("ok"), _redactor, CancellationToken.None))
        {
            Assert.Equal("fine", await response.Content.ReadAsStringAsync());
        }

        await Assert.ThrowsAsync<ServiceFailureException>(() => transport.SendAsync(Request("gone"), _redactor, CancellationToken.None));
    }

    [Fact]
    public async Task SendValueAsync_returns_the_value_and_status_and_disposes_the_request()
    {
        _mock.When("*").Respond(HttpStatusCode.Created, "application/json", "{\"date\":\"2020-01-20\"}");
        var request = Request();
        request.Content = new StringContent("{}");

        var (value, status) = await Transport(new Reader()).SendValueAsync(request, TestJsonContext.Camel.Schedule, _redactor, null, CancellationToken.None);

        Assert.Equal(2020, value.Date.Year);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Throws<ObjectDisposedException>(() => request.Content.ReadAsStream());
    }

    [Fact]
    public async Task SendValueAsync_turns_a_success_answer_that_reports_a_failure_into_the_vendors_exception()
    {
        _mock.When("*").Respond(HttpStatusCode.OK, "application/json", "{\"date\":\"2020-01-20\"}");
        var checkedStatus = (HttpStatusCode)0;

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => Transport(new Reader()).SendValueAsync(
            Request(),
            TestJsonContext.Camel.Schedule,
            _redactor,
            (schedule, status) =>
            {
                checkedStatus = status;
                return new ApiErrorReading(
                    new ApiErrorContent("REFUSED", [$"refused {schedule.Date.Year} for {Secret}"], []),
                    (details, _) => new ValidationFailedException("refused in a success answer", details));
            },
            CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, checkedStatus);
        Assert.Equal(["refused 2020 for [REDACTED]"], ex.Messages);
        Assert.Equal("REFUSED", ex.ErrorCode);
        Assert.Equal("Test.Read", ex.OperationName);
    }

    [Fact]
    public async Task SendValueAsync_throws_the_typed_error_of_a_failed_answer_without_deserializing_it()
    {
        _mock.When("*").Respond(HttpStatusCode.NotFound, "application/json", "{\"why\":\"unknown\"}");
        var checks = 0;

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => Transport(new Reader()).SendValueAsync(
            Request(), TestJsonContext.Camel.Schedule, _redactor, (_, _) => { checks++; return null; }, CancellationToken.None));

        Assert.Equal(0, checks);
    }

    [Fact]
    public async Task SendJsonAsync_disposes_the_response_of_a_body_it_cannot_read()
    {
        var content = new TrackingContent("{\"date\":");
        _mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });

        var ex = await Assert.ThrowsAsync<InvalidResponseException>(() => Transport(new Reader()).SendJsonAsync(Request(), TestJsonContext.Camel.Schedule, _redactor, CancellationToken.None));

        Assert.StartsWith("Invalid JSON at $.date: ", ex.Messages[0], StringComparison.Ordinal);
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task An_invalid_body_is_described_by_the_first_sentence_of_the_parser_message_only()
    {
        _mock.When("*").Respond(HttpStatusCode.OK, "application/json", "{\"date\":\"2020-01-20\" \"x\":1}");

        var ex = await Assert.ThrowsAsync<InvalidResponseException>(() => Transport(new Reader()).SendJsonAsync(Request(), TestJsonContext.Camel.Schedule, _redactor, CancellationToken.None));

        Assert.Equal("Invalid JSON at $: '\"' is invalid after a value.", ex.Messages[0]);
    }

    private static HttpRequestMessage Request(string path = "x") =>
        new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/" + path).SetOperation(Read);

    private ApiTransport Transport(IApiErrorReader reader) => new(_services.GetRequiredService<IHttpClientFactory>(), "direct", reader);

    private sealed class RecordingObserver : IResponseObserver
    {
        public List<HttpStatusCode> Seen { get; } = [];

        public void Observe(HttpResponseMessage response) => Seen.Add(response.StatusCode);
    }

    private sealed class Reader : IApiErrorReader
    {
        public List<string> Bodies { get; } = [];

        public ApiErrorReading Read(HttpResponseMessage response, string body)
        {
            Bodies.Add(body);
            var why = body.StartsWith('{') ? System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("why").GetString()! : body;
            return new ApiErrorReading(new ApiErrorContent(null, [why], []));
        }
    }

    private sealed class TrackingContent(string body) : HttpContent
    {
        private readonly byte[] _body = Encoding.UTF8.GetBytes(body);

        public bool Disposed { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
