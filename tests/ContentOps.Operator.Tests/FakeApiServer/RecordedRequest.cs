namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>One request the fake server answered, for assertions on verbs and paths.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, int StatusCode)
{
    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public bool IsWatch => Query.Contains("watch=true", StringComparison.OrdinalIgnoreCase);
}
