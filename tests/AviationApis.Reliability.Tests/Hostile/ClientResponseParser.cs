using System.Net;
using System.Text;
using AviationApis.Core.Errors;
using AviationApis.Core.Pipeline;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>
/// A client's response reader, reached through its public operation and the whole Core pipeline: the client is
/// registered once with an in-memory primary handler that answers 200 with the case's bytes (no sockets needed to
/// test parsing). Typed errors are <see cref="AviationApiException"/> subclasses with a message. An operation that needs
/// earlier steps (a search before a booking, an OAuth token) gets them from <paramref name="FixedAnswers"/>: a request
/// whose path ends with one of its keys is answered 200 with that answer instead of the case.
/// </summary>
/// <param name="Name">The parser's name (corpus folder).</param>
/// <param name="ValidSample">A valid answer.</param>
/// <param name="ExtensibleEnumPaths">Paths of extensible enums.</param>
/// <param name="Register">Registers the client at a base address with the given pipeline settings.</param>
/// <param name="Invoke">Calls the operation.</param>
/// <param name="FixedAnswers">Valid answers of the other routes the operation calls, by path suffix (made per request).</param>
/// <param name="CaseStatus">The status the case's bytes are answered with (200 unless an error body is under test); fixed answers are always 200.</param>
public sealed class ClientResponseParser(
    string Name,
    string ValidSample,
    IReadOnlyList<string> ExtensibleEnumPaths,
    Func<IServiceCollection, Uri, Action<AviationPipelineOptions>, IHttpClientBuilder> Register,
    Func<IServiceProvider, CancellationToken, Task> Invoke,
    IReadOnlyDictionary<string, Func<string>>? FixedAnswers = null,
    HttpStatusCode CaseStatus = HttpStatusCode.OK) : IHostileParser
{
    private static readonly AsyncLocal<byte[]> Body = new();
    private readonly Lazy<ServiceProvider> _services = new(() =>
    {
        var services = new ServiceCollection();
        Register(services, new Uri("http://127.0.0.1:9/hostile/prefix/"), o =>
            {
                o.MaxRetryAttempts = 0;
                o.CircuitBreakerEnabled = false;
                o.AttemptTimeout = TimeSpan.FromSeconds(30);
                o.TotalTimeout = TimeSpan.FromSeconds(60);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new InlineHandler((request, _) =>
            {
                var fixedAnswer = FixedAnswer(FixedAnswers, request);
                return Task.FromResult(new HttpResponseMessage(fixedAnswer is null ? CaseStatus : HttpStatusCode.OK)
                {
                    Content = new ByteArrayContent(fixedAnswer ?? Body.Value ?? []) { Headers = { { "Content-Type", "application/json" } } },
                    RequestMessage = request,
                });
            }));
        return services.BuildServiceProvider();
    });

    /// <inheritdoc />
    public string Name { get; } = Name;

    /// <inheritdoc />
    public string ValidSample { get; } = ValidSample;

    /// <inheritdoc />
    public IReadOnlyList<string> ExtensibleEnumPaths { get; } = ExtensibleEnumPaths;

    /// <summary>The status the case's bytes are answered with.</summary>
    public HttpStatusCode CaseStatus { get; } = CaseStatus;

    /// <inheritdoc />
    public async Task ParseAsync(byte[] input, CancellationToken cancellationToken)
    {
        Body.Value = input;
        await Invoke(_services.Value, cancellationToken);
    }

    /// <inheritdoc />
    public bool IsTypedError(Exception exception) =>
        exception is AviationApiException { Message.Length: > 0 } typed
        && (typed is not InvalidResponseException || typed.Messages.Count > 0);

    private static byte[]? FixedAnswer(IReadOnlyDictionary<string, Func<string>>? answers, HttpRequestMessage request)
    {
        if (answers is null)
        {
            return null;
        }

        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        foreach (var (suffix, answer) in answers)
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Encoding.UTF8.GetBytes(answer());
            }
        }

        return null;
    }
}
