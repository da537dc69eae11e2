using System.Text.Json.Nodes;

namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>A failed request, answered with a metav1.Status body as the real API server does.</summary>
internal sealed class ApiError(int code, string reason, string message) : Exception(message)
{
    public int Code { get; } = code;

    public string Reason { get; } = reason;

    public JsonObject ToStatus() => Status(Code, Reason, Message);

    public static JsonObject Status(int code, string reason, string message) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["code"] = code,
    };

    public static ApiError NotFound(string name) => new(404, "NotFound", $"\"{name}\" not found");

    public static ApiError Conflict(string name) =>
        new(409, "Conflict", $"Operation cannot be fulfilled on \"{name}\": the object has been modified; please apply your changes to the latest version and try again");
}
