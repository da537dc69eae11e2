using System.Text.Json.Nodes;

namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>One change in a collection, kept in the server's history so a watch can resume from a resourceVersion.</summary>
internal sealed record WatchEvent(long ResourceVersion, string Type, string Collection, string Namespace, JsonObject Object);
