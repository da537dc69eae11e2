using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;
using Qdrant.Client;

namespace ContentOps.Operator.Knowledge;

/// <summary>
/// Which vector store the knowledge recall keeps its vectors in: the embedded exact store (default) or a Qdrant
/// server (gRPC, port 6334). Resolved once at start from flags, falling back to the environment
/// (<see cref="KindVariable"/>, <see cref="QdrantUrlVariable"/>, <see cref="QdrantCollectionVariable"/>); the API key is
/// read from <see cref="QdrantApiKeyVariable"/> only and never printed.
/// </summary>
/// <param name="Kind">embedded or qdrant.</param>
/// <param name="QdrantUrl">The Qdrant gRPC endpoint, e.g. http://qdrant:6334; required for qdrant.</param>
/// <param name="Collection">The Qdrant collection; it holds exactly the records of the declarations last indexed.</param>
internal sealed record VectorStoreSelection(string Kind, Uri? QdrantUrl, string Collection)
{
    /// <summary>Environment variable choosing the store: embedded (default) or qdrant.</summary>
    public const string KindVariable = "CONTENTOPS_VECTOR_STORE";

    /// <summary>Environment variable with the Qdrant gRPC URL.</summary>
    public const string QdrantUrlVariable = "CONTENTOPS_QDRANT_URL";

    /// <summary>Environment variable with the Qdrant collection name.</summary>
    public const string QdrantCollectionVariable = "CONTENTOPS_QDRANT_COLLECTION";

    /// <summary>Environment variable with the Qdrant API key (a Secret in the chart); never logged.</summary>
    public const string QdrantApiKeyVariable = "CONTENTOPS_QDRANT_API_KEY";

    /// <summary>The default collection name.</summary>
    public const string DefaultCollection = "contentops-knowledge";

    /// <summary>The embedded store.</summary>
    public static VectorStoreSelection Embedded { get; } = new("embedded", null, DefaultCollection);

    /// <summary>Whether vectors live in Qdrant.</summary>
    public bool IsQdrant => Kind == "qdrant";

    /// <summary>The selection from flags (null when not given) over the environment; an error sentence when invalid.</summary>
    public static (VectorStoreSelection? Selection, string? Error) Resolve(string? kind, string? url, string? collection)
    {
        kind ??= Environment.GetEnvironmentVariable(KindVariable) is { Length: > 0 } k ? k : "embedded";
        url ??= Environment.GetEnvironmentVariable(QdrantUrlVariable);
        collection ??= Environment.GetEnvironmentVariable(QdrantCollectionVariable) is { Length: > 0 } c ? c : DefaultCollection;
        switch (kind)
        {
            case "embedded":
                return (Embedded with { Collection = collection }, null);
            case "qdrant" when url is not { Length: > 0 }:
                return (null, $"the qdrant vector store needs a URL: pass --qdrant-url http://HOST:6334 or set {QdrantUrlVariable}");
            case "qdrant" when !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"):
                return (null, $"'{url}' is not a Qdrant URL: give http://HOST:6334 (gRPC) or https://…");
            case "qdrant":
                return (new VectorStoreSelection(kind, new Uri(url), collection), null);
            default:
                return (null, $"unknown vector store '{kind}' ({KindVariable} or --vector-store): use embedded or qdrant");
        }
    }

    /// <summary>The selection the environment makes (run and the operator resolve it once at start); invalid settings stop the start.</summary>
    public static VectorStoreSelection FromEnvironment()
    {
        var (selection, error) = Resolve(null, null, null);
        return selection ?? throw new InvalidOperationException($"{error}.");
    }

    /// <summary>Moves the index's vector side to Qdrant when selected; the returned client is disposed by the caller (null for embedded).</summary>
    public async Task<IDisposable?> AttachAsync(KnowledgeIndex index, CancellationToken cancellationToken)
    {
        if (!IsQdrant)
        {
            return null;
        }

        var client = new QdrantClient(QdrantUrl!, Environment.GetEnvironmentVariable(QdrantApiKeyVariable) is { Length: > 0 } key ? key : null);
        await index.UseVectorStoreAsync(new QdrantVectorCollection(client, Collection, index.Embedder.Dimensions), cancellationToken);
        return client;
    }

    /// <summary>How it is shown (never with the API key).</summary>
    public override string ToString() => IsQdrant ? $"qdrant {QdrantUrl} collection {Collection}" : "embedded";
}
