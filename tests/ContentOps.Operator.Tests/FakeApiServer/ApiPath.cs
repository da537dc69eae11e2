namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>A parsed API path: <c>/apis/{group}/{version}[/namespaces/{ns}]/{plural}[/{name}[/status]]</c> or <c>/api/{version}/…</c>.</summary>
internal sealed record ApiPath(string Collection, string? Namespace, string? Name, bool Status)
{
    public static ApiPath? Parse(string path)
    {
        var parts = path.Trim('/').Split('/');
        int rest;
        string group;
        if (parts.Length >= 3 && parts[0] == "apis")
        {
            (group, rest) = (parts[1] + "/" + parts[2], 3);
        }
        else if (parts.Length >= 2 && parts[0] == "api")
        {
            (group, rest) = ("/" + parts[1], 2);
        }
        else
        {
            return null;
        }

        string? ns = null;
        if (parts.Length > rest + 1 && parts[rest] == "namespaces")
        {
            ns = parts[rest + 1];
            rest += 2;
        }

        var tail = parts[rest..];
        return tail.Length switch
        {
            1 => new ApiPath(group + "/" + tail[0], ns, null, false),
            2 => new ApiPath(group + "/" + tail[0], ns, tail[1], false),
            3 when tail[2] == "status" => new ApiPath(group + "/" + tail[0], ns, tail[1], true),
            _ => null,
        };
    }
}
