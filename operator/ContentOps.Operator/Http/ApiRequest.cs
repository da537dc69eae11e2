using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Http;

/// <summary>Reading a request body once (signatures cover the exact bytes) and the API's JSON error answers.</summary>
internal static class ApiRequest
{
    /// <summary>Larger bodies are refused with 413: a batch of 10,000 events fits easily.</summary>
    public const int MaxBody = 32 * 1024 * 1024;

    public static async Task<byte[]?> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBody)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.Length > MaxBody ? null : buffer.ToArray();
    }

    public static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    public static IResult TooLarge() => Error(413, $"the body is larger than {MaxBody / (1024 * 1024)} MiB; split it");
}
