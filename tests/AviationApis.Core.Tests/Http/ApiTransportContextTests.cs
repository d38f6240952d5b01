using System.Net;
using System.Text;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;
using AviationApis.Core.Tests.Infrastructure;
using AviationApis.Core.Tests.Json;
using AviationApis.Core.Tests.Pipeline;
using AviationApis.Testing;

namespace AviationApis.Core.Tests.Http;

/// <summary>
/// <see cref="ApiTransport"/> never resumes on the caller's synchronization context (a UI thread that blocks on the
/// call would deadlock): the answer, a failure's body or a success's body arrives only after the call has started,
/// everything before it at once, so the await under test is the one that suspends.
/// </summary>
public sealed class ApiTransportContextTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    [Theory]
    [InlineData("SendAsync", "answer", "OK")]
    [InlineData("SendAsync", "error body", "ServiceFailureException: down")]
    [InlineData("SendJsonAsync", "answer", "OK 2020")]
    [InlineData("SendJsonAsync", "error body", "ServiceFailureException: down")]
    [InlineData("SendJsonAsync", "body", "OK 2020")]
    [InlineData("SendValueAsync", "answer", "OK 2020")]
    [InlineData("SendValueAsync", "error body", "ServiceFailureException: down")]
    [InlineData("SendValueAsync", "body", "OK 2020")]
    public async Task A_call_whose_answer_or_body_arrives_later_does_not_resume_on_the_callers_context(string method, string arrivesLater, string outcome)
    {
        var later = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new InlineHandler(async (_, _) =>
        {
            if (arrivesLater == "answer")
            {
                await later.Task.ConfigureAwait(false);
            }

            return arrivesLater == "error body"
                ? new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = Gated("down", later.Task) }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = Gated("{\"date\":\"2020-01-20\"}", arrivesLater == "body" ? later.Task : Task.CompletedTask) };
        });
        using var client = new HttpClient(handler);
        var transport = new ApiTransport(new OneClientFactory(client), "one", new TextErrorReader());
        var context = new CountingContext();

        var call = context.Start(() => Call(transport, method));
        Assert.False(call.IsCompleted);
        later.SetResult();

        Assert.Equal(outcome, await call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, context.Posts);
    }

    // Awaits without the caller's context, like a library caller: only the transport's own awaits could post to it.
    private static async Task<string> Call(ApiTransport transport, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/x").SetOperation(Read);
        try
        {
            switch (method)
            {
                case "SendAsync":
                    using (var response = await transport.SendAsync(request, Redactor.Default, CancellationToken.None).ConfigureAwait(false))
                    {
                        return $"{response.StatusCode}";
                    }

                case "SendJsonAsync":
                    var (sent, value) = await transport.SendJsonAsync(request, TestJsonContext.Camel.Schedule, Redactor.Default, CancellationToken.None).ConfigureAwait(false);
                    sent.Dispose();
                    return $"{sent.StatusCode} {value.Date.Year}";
                default:
                    var (schedule, status) = await transport.SendValueAsync(request, TestJsonContext.Camel.Schedule, Redactor.Default, null, CancellationToken.None).ConfigureAwait(false);
                    return $"{status} {schedule.Date.Year}";
            }
        }
        catch (AviationApiException ex)
        {
            return $"{ex.GetType().Name}: {string.Join(", ", ex.Messages)}";
        }
    }

    private static GatedContent Gated(string body, Task readable) =>
        new(Encoding.UTF8.GetBytes(body), Task.CompletedTask, readable, Task.CompletedTask);

    private sealed class OneClientFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }

    private sealed class TextErrorReader : IApiErrorReader
    {
        public ApiErrorReading Read(HttpResponseMessage response, string body) => new(new ApiErrorContent(null, [body], []));
    }
}
