using AviationApis.Core.Http;

namespace AviationApis.Core.Tests.Http;

public sealed class UnnamedOperationIdempotencyTests
{
    [Theory]
    [InlineData("GET", Idempotency.Idempotent)]
    [InlineData("HEAD", Idempotency.Idempotent)]
    [InlineData("OPTIONS", Idempotency.Idempotent)]
    [InlineData("POST", Idempotency.NonIdempotent)]
    [InlineData("PUT", Idempotency.NonIdempotent)]
    [InlineData("DELETE", Idempotency.NonIdempotent)]
    [InlineData("PATCH", Idempotency.NonIdempotent)]
    public void A_request_without_an_operation_is_named_by_its_method_and_only_safe_methods_retry(string method, Idempotency idempotency)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://x.test/");

        var operation = request.GetOperation();

        Assert.Equal($"HTTP {method}", operation.Name);
        Assert.Equal(idempotency, operation.Idempotency);
    }
}
