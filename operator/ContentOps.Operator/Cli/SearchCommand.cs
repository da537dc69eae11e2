using System.CommandLine;
using System.Text.Json;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Knowledge;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli;

/// <summary>
/// <c>contentops search</c>: hybrid (BM25 + vector, RRF) search over the claims and KnowledgeSource passages of a
/// folder of declarations (a lone ClaimLibrary file is enough). Only approved, unexpired claims and passages of
/// unexpired sources are returned.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "What to look for, in a writer's words (Chinese or English)." };
        var path = new Argument<string>("PATH") { Description = "Folder of declarations or a ClaimLibrary YAML file.", DefaultValueFactory = _ => "." };
        var kind = new Option<string>("--kind") { Description = "claim, passage or all.", DefaultValueFactory = _ => "all" };
        kind.AcceptOnlyFromAmong("claim", "passage", "all");
        var top = new Option<int>("--top") { Description = "How many results (1-100).", DefaultValueFactory = _ => 5 };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100)
            {
                r.AddError("--top must be between 1 and 100");
            }
        });
        var mode = new Option<string>("--mode") { Description = "hybrid (default), keyword (BM25 alone) or vector.", DefaultValueFactory = _ => "hybrid" };
        mode.AcceptOnlyFromAmong("hybrid", "keyword", "vector");
        var product = new Option<string?>("--product") { Description = "Only this product (ClaimLibrary/KnowledgeSource spec.product)." };
        var category = new Option<string?>("--category") { Description = "Only this category: efficacy, safety, dosing, mechanism, indication or other (passages by their class)." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var state = new Option<string?>("--state") { Description = "State folder whose knowledge/search cache holds saved indexes (reused when the records are unchanged); default: .contentops/ beside the declarations, if it exists." };
        var vectorStore = new Option<string?>("--vector-store") { Description = $"embedded (default) or qdrant; default: ${VectorStoreSelection.KindVariable} or embedded." };
        vectorStore.AcceptOnlyFromAmong("embedded", "qdrant");
        var qdrantUrl = new Option<string?>("--qdrant-url") { Description = $"Qdrant gRPC endpoint, e.g. http://localhost:6334; default: ${VectorStoreSelection.QdrantUrlVariable}. API key: ${VectorStoreSelection.QdrantApiKeyVariable}." };
        var qdrantCollection = new Option<string?>("--qdrant-collection") { Description = $"Qdrant collection (rewritten to hold these declarations' records); default: ${VectorStoreSelection.QdrantCollectionVariable} or {VectorStoreSelection.DefaultCollection}." };

        var command = new Command("search",
            """
            Search approved claims and source passages: BM25 keywords (Lucene.Net, SmartCn) and embeddings fused by
            reciprocal rank fusion. Withdrawn, draft and expired claims and passages of expired sources are never
            returned. Prints id, kind, score and text per result; claims by their claim id.
            Exit codes: 0 results printed (even none), 1 invalid declarations, 2 usage error.

            Examples:
              contentops search "二甲双胍控制不佳 HbA1c 降幅" examples
              contentops search "低血糖风险" examples/claims/klp-claims.yaml --kind claim --top 3 --format json
              CONTENTOPS_QDRANT_API_KEY=… contentops search "用法用量" examples --vector-store qdrant --qdrant-url http://localhost:6334
            """)
        {
            query, path, kind, top, mode, product, category, format, state, vectorStore, qdrantUrl, qdrantCollection,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (store, storeError) = VectorStoreSelection.Resolve(parseResult.GetValue(vectorStore), parseResult.GetValue(qdrantUrl), parseResult.GetValue(qdrantCollection));
            if (store is null)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"error: {storeError}");
                return CliRunner.UsageError;
            }

            var set = new DeclarationLoader().Load(parseResult.GetValue(path) ?? ".");
            var output = parseResult.InvocationConfiguration.Output;
            if (set.HasErrors)
            {
                DiagnosticTextFormatter.Write(set, new DiagnosticPaths(set.Root, Environment.CurrentDirectory), parseResult.InvocationConfiguration.Error);
                return CliRunner.Failure;
            }

            var libraries = set.Resources.Select(d => d.Resource).OfType<ClaimLibrary>();
            var stateFolder = parseResult.GetValue(state) ?? LocalStateStore.DefaultFolderFor(parseResult.GetValue(path) ?? ".");
            var cache = Directory.Exists(stateFolder) ? Path.Combine(stateFolder, "knowledge", "search") : null;
            using var index = KnowledgeSearchIndex.Build(libraries, set.Knowledge, KnowledgeClassifiers.Tokenizer, cache);
            IDisposable? client;
            try
            {
                client = await store.AttachAsync(index, cancellationToken);
            }
            catch (Grpc.Core.RpcException e)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"error: Qdrant at {store.QdrantUrl} did not answer ({e.StatusCode}); check --qdrant-url/{VectorStoreSelection.QdrantUrlVariable} and {VectorStoreSelection.QdrantApiKeyVariable}");
                return CliRunner.Failure;
            }

            using var owned = client;
            var kindFilter = parseResult.GetValue(kind) is "all" ? null : parseResult.GetValue(kind);
            var filter = new KnowledgeFilter(DateOnly.FromDateTime(DateTime.UtcNow), kindFilter, parseResult.GetValue(product), parseResult.GetValue(category));
            var retrievalMode = parseResult.GetValue(mode) switch { "keyword" => RetrievalMode.Keyword, "vector" => RetrievalMode.Vector, _ => RetrievalMode.Hybrid };
            var hits = index.Search(parseResult.GetValue(query) ?? "", parseResult.GetValue(top), filter, retrievalMode);
            if (parseResult.GetValue(format) == "json")
            {
                WriteJson(hits, output);
            }
            else
            {
                WriteText(hits, output);
            }

            return CliRunner.Success;
        });
        return command;
    }

    private static void WriteText(IReadOnlyList<RetrievalHit> hits, TextWriter output)
    {
        if (hits.Count == 0)
        {
            output.WriteLine("No results.");
        }

        foreach (var hit in hits)
        {
            var r = hit.Record;
            output.WriteLine($"{r.Id}  {r.Kind}  {hit.Score:0.0000}  {r.Text}");
            output.WriteLine($"    {(r.Kind == "claim" ? $"{r.Source} [{r.Category}]" : r.Location)}; {hit.Why}");
        }
    }

    private static void WriteJson(IReadOnlyList<RetrievalHit> hits, TextWriter output)
    {
        var results = hits.Select(h => new Dictionary<string, object?>
        {
            ["id"] = h.Record.Id,
            ["kind"] = h.Record.Kind,
            ["score"] = Math.Round(h.Score, 6),
            ["text"] = h.Record.Text,
            ["product"] = h.Record.Product,
            ["category"] = h.Record.Category.Length == 0 ? null : h.Record.Category,
            ["source"] = h.Record.Source,
            ["location"] = h.Record.Location.Length == 0 ? null : h.Record.Location,
            ["keywordRank"] = h.KeywordRank,
            ["vectorRank"] = h.VectorRank,
            ["why"] = h.Why,
        });
        output.WriteLine(JsonSerializer.Serialize(new { results }, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }
}
