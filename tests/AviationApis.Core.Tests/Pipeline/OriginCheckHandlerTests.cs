using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Tests.Infrastructure;
using AviationApis.Testing;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class OriginCheckHandlerTests
{
    private const string Base = "http://127.0.0.1:5000/some/prefix/";
    private const string Allowed = "this client sends only to http://127.0.0.1:5000, under the configured base path";

    [Fact]
    public async Task A_request_outside_the_base_addresses_is_refused_before_it_is_sent()
    {
        var primary = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        using var request = Request(HttpMethod.Get, "https://evil.test/some/prefix/x", attempts: 3);

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => Send(primary, request));

        Assert.Empty(primary.Sent);
        AssertMessage($"https://evil.test:443 was refused before anything was sent: {Allowed}", refused);
        Assert.Equal("https://evil.test:443", refused.RefusedOrigin);
        Assert.Equal(2, refused.Details.Attempts); // this attempt never left the process
        Assert.Null(refused.Details.StatusCode);
        Assert.Equal("GET", refused.Details.RequestMethod);
    }

    [Fact]
    public async Task A_refused_first_attempt_counts_no_attempt()
    {
        var primary = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        using var request = Request(HttpMethod.Get, "http://127.0.0.1:5000/other/x", attempts: 1);

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => Send(primary, request));

        Assert.Equal(0, refused.Details.Attempts);
        AssertMessage($"http://127.0.0.1:5000 was refused before anything was sent: {Allowed}", refused);
    }

    [Fact]
    public async Task User_information_is_named_as_the_reason_and_never_written()
    {
        var primary = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        using var request = Request(HttpMethod.Get, "http://user:pa55word@127.0.0.1:5000/some/prefix/x");

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => Send(primary, request));

        AssertMessage($"http://127.0.0.1:5000 (it carries user information) was refused before anything was sent: {Allowed}", refused);
        Assert.DoesNotContain("pa55word", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_message_lists_every_allowed_origin()
    {
        var primary = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        using var request = Request(HttpMethod.Get, "https://evil.test/");
        using var handler = new OriginCheckHandler(new OriginPolicy([new Uri(Base), new Uri("https://hooks.example.test/api")])) { InnerHandler = primary };
        using var invoker = new HttpMessageInvoker(handler);

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => invoker.SendAsync(request, CancellationToken.None));

        AssertMessage("https://evil.test:443 was refused before anything was sent: this client sends only to http://127.0.0.1:5000, https://hooks.example.test:443, under the configured base path", refused);
    }

    [Fact]
    public async Task An_allowed_request_is_sent_once_and_its_answer_returned()
    {
        var primary = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        using var request = Request(HttpMethod.Get, Base + "x");

        using var response = await Send(primary, request);

        Assert.Same(primary.Answers.Single(), response);
        Assert.Equal(new Uri(Base + "x"), Assert.Single(primary.Sent).Uri);
    }

    [Theory]
    [InlineData(HttpStatusCode.MovedPermanently)]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.SeeOther)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    [InlineData(HttpStatusCode.PermanentRedirect)]
    public async Task A_redirect_within_the_base_is_followed_and_the_redirect_answer_disposed(HttpStatusCode status)
    {
        var primary = new RecordingHandler((_, call) => call == 0 ? RecordingHandler.Redirect(status, "next?page=2") : new HttpResponseMessage(HttpStatusCode.OK));
        using var request = Request(HttpMethod.Get, Base + "x/first");

        using var response = await Send(primary, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([new Uri(Base + "x/first"), new Uri(Base + "x/next?page=2")], primary.Sent.Select(s => s.Uri));
        Assert.Equal(new Uri(Base + "x/next?page=2"), request.RequestUri);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => primary.Answers[0].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_absolute_redirect_within_the_base_is_followed()
    {
        var primary = new RecordingHandler((_, call) => call == 0 ? RecordingHandler.Redirect(HttpStatusCode.Found, Base + "y") : new HttpResponseMessage(HttpStatusCode.OK));
        using var request = Request(HttpMethod.Get, Base + "x");

        using var response = await Send(primary, request);

        Assert.Equal(new Uri(Base + "y"), primary.Sent[1].Uri);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.MultipleChoices)]
    [InlineData(HttpStatusCode.NotModified)]
    [InlineData(HttpStatusCode.UseProxy)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task Other_answers_with_a_location_are_returned_as_they_are(HttpStatusCode status)
    {
        var primary = new RecordingHandler((_, _) => RecordingHandler.Redirect(status, Base + "y"));
        using var request = Request(HttpMethod.Get, Base + "x");

        using var response = await Send(primary, request);

        Assert.Same(primary.Answers.Single(), response);
        Assert.Equal("moved", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_redirect_without_a_location_is_returned_as_it_is()
    {
        var primary = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.Found));
        using var request = Request(HttpMethod.Get, Base + "x");

        using var response = await Send(primary, request);

        Assert.Same(primary.Answers.Single(), response);
    }

    [Fact]
    public async Task After_five_redirect_hops_the_last_redirect_answer_is_returned()
    {
        var primary = new RecordingHandler((_, call) => RecordingHandler.Redirect(HttpStatusCode.Found, $"hop{call + 1}"));
        using var request = Request(HttpMethod.Get, Base + "hop0");

        using var response = await Send(primary, request);

        Assert.Equal(OriginCheckHandler.MaxRedirects + 1, primary.Sent.Count);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => new Uri($"{Base}hop{i}")), primary.Sent.Select(s => s.Uri));
        Assert.Same(primary.Answers[^1], response);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("moved", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://evil.test/some/prefix/x", "https://evil.test:443")]
    [InlineData("../../elsewhere", "http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.1:5001/some/prefix/x", "http://127.0.0.1:5001")]
    public async Task A_redirect_outside_the_base_is_refused_and_not_followed(string location, string origin)
    {
        var primary = new RecordingHandler((_, _) => RecordingHandler.Redirect(HttpStatusCode.Found, location));
        using var request = Request(HttpMethod.Get, Base + "x", attempts: 2);

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => Send(primary, request));

        Assert.Single(primary.Sent);
        AssertMessage($"{origin} is where the server redirected; the redirect was not followed: {Allowed}", refused);
        Assert.Equal(origin, refused.RefusedOrigin);
        Assert.Equal(HttpStatusCode.Found, refused.Details.StatusCode);
        Assert.Equal(2, refused.Details.Attempts); // the attempt was sent
        await Assert.ThrowsAsync<ObjectDisposedException>(() => primary.Answers[0].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_redirect_carrying_user_information_says_so()
    {
        var primary = new RecordingHandler((_, _) => RecordingHandler.Redirect(HttpStatusCode.Found, "http://me:secret-pw@127.0.0.1:5000/some/prefix/y"));
        using var request = Request(HttpMethod.Get, Base + "x");

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => Send(primary, request));

        AssertMessage($"http://127.0.0.1:5000 (it carries user information) is where the server redirected; the redirect was not followed: {Allowed}", refused);
    }

    [Fact]
    public async Task A_refused_second_hop_is_refused_after_the_first_was_followed()
    {
        var primary = new RecordingHandler((_, call) => RecordingHandler.Redirect(HttpStatusCode.TemporaryRedirect, call == 0 ? "y" : "https://evil.test/"));
        using var request = Request(HttpMethod.Get, Base + "x");

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => Send(primary, request));

        Assert.Equal([new Uri(Base + "x"), new Uri(Base + "y")], primary.Sent.Select(s => s.Uri));
        Assert.Equal("https://evil.test:443", refused.RefusedOrigin);
    }

    [Theory]
    [InlineData("POST", HttpStatusCode.SeeOther, "GET", false)]
    [InlineData("PUT", HttpStatusCode.SeeOther, "GET", false)]
    [InlineData("GET", HttpStatusCode.SeeOther, "GET", false)]
    [InlineData("HEAD", HttpStatusCode.SeeOther, "HEAD", true)]
    [InlineData("POST", HttpStatusCode.MovedPermanently, "GET", false)]
    [InlineData("POST", HttpStatusCode.Found, "GET", false)]
    [InlineData("PUT", HttpStatusCode.MovedPermanently, "PUT", true)]
    [InlineData("PUT", HttpStatusCode.Found, "PUT", true)]
    [InlineData("DELETE", HttpStatusCode.Found, "DELETE", true)]
    [InlineData("POST", HttpStatusCode.TemporaryRedirect, "POST", true)]
    [InlineData("POST", HttpStatusCode.PermanentRedirect, "POST", true)]
    public async Task A_followed_redirect_changes_the_method_as_browsers_do(string method, HttpStatusCode status, string next, bool keepsBody)
    {
        var primary = new RecordingHandler((_, call) => call == 0 ? RecordingHandler.Redirect(status, "y") : new HttpResponseMessage(HttpStatusCode.OK));
        using var request = Request(new HttpMethod(method), Base + "x");
        request.Content = new StringContent("{}");

        using var response = await Send(primary, request);

        Assert.Equal((new HttpMethod(method), true), (primary.Sent[0].Method, primary.Sent[0].HasContent));
        Assert.Equal((new HttpMethod(next), keepsBody), (primary.Sent[1].Method, primary.Sent[1].HasContent));
    }

    [Fact]
    public async Task An_answer_after_a_redirect_the_primary_handler_followed_to_a_foreign_origin_is_discarded()
    {
        var primary = new RecordingHandler((request, _) =>
        {
            request.RequestUri = new Uri("https://evil.test/landing");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("foreign") };
        });
        using var request = Request(HttpMethod.Get, Base + "x", attempts: 2);

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => Send(primary, request));

        AssertMessage($"https://evil.test:443 answered after a redirect the primary handler followed; the answer was discarded (turn off AllowAutoRedirect): {Allowed}", refused);
        Assert.Equal(HttpStatusCode.OK, refused.Details.StatusCode);
        Assert.Equal(2, refused.Details.Attempts);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => primary.Answers[0].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_answer_after_a_redirect_the_primary_handler_followed_within_the_base_is_returned()
    {
        var primary = new RecordingHandler((request, _) =>
        {
            request.RequestUri = new Uri(Base + "landing");
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var request = Request(HttpMethod.Get, Base + "x");

        using var response = await Send(primary, request);

        Assert.Same(primary.Answers.Single(), response);
    }

    // The exception's message adds the operation before and the attempts and request after what the handler says.
    private static void AssertMessage(string said, OriginNotAllowedException refused) =>
        Assert.StartsWith($"HTTP {refused.Details.RequestMethod}: {said} ", refused.Message + " ", StringComparison.Ordinal);

    [Fact]
    public async Task Following_redirects_never_resumes_on_the_callers_context()
    {
        var gate = new TaskCompletionSource();
        var calls = 0;
        using var handler = new OriginCheckHandler(new OriginPolicy([new Uri(Base)]))
        {
            InnerHandler = new InlineHandler(async (_, _) =>
            {
                await gate.Task.ConfigureAwait(false);
                return ++calls == 1 ? RecordingHandler.Redirect(HttpStatusCode.Found, "y") : new HttpResponseMessage(HttpStatusCode.OK);
            }),
        };
        using var invoker = new HttpMessageInvoker(handler);
        using var request = Request(HttpMethod.Get, Base + "x");

        var context = new CountingContext();
        var sending = context.Start(() => invoker.SendAsync(request, CancellationToken.None));
        gate.SetResult();
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, context.Posts);
        Assert.Equal(2, calls);
    }

    private static HttpRequestMessage Request(HttpMethod method, string uri, int attempts = 1)
    {
        var request = new HttpRequestMessage(method, uri);
        HttpRequestMessageExtensions.GetState(request).Attempts = attempts;
        return request;
    }

    private static async Task<HttpResponseMessage> Send(HttpMessageHandler primary, HttpRequestMessage request)
    {
        using var handler = new OriginCheckHandler(new OriginPolicy([new Uri(Base)])) { InnerHandler = primary };
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        return await invoker.SendAsync(request, CancellationToken.None);
    }
}
