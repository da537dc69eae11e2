using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Knowledge;
using ContentOps.Core.Knowledge.Ingestion;
using ContentOps.Operator.Knowledge;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Ingests a source's files (unchanged files by digest from the cache) and reports passages, unreadable files and the digest.</summary>
internal sealed class KnowledgeSourceReconciler(IResourceStore store, string declarationsRoot, KnowledgeIngestor ingestor, TimeProvider time)
    : StatusReconciler<KnowledgeSource>(store, time)
{
    public override string Kind => "KnowledgeSource";

    protected override IReadOnlyList<Condition>? PreviousConditions(KnowledgeSource resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(KnowledgeSource source, ConditionSet conditions)
    {
        var ingested = KnowledgeBase.Build(declarationsRoot, [source], ingestor).Sources[0];
        var problems = ingested.MissingEntries.Select(m => m.Problem)
            .Concat(ingested.Files.Where(f => f.File.Problem is not null).Select(f => $"{f.File.Path}: {f.File.Problem}"))
            .ToList();
        if (problems.Count > 0)
        {
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.MissingDependency, $"Files not read: {string.Join("; ", problems)}.");
        }
        else
        {
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, $"{ingested.Passages.Count} passage(s) from {ingested.Files.Count} file(s).");
        }

        var classes = ingested.Classes(KnowledgeClassifiers.Default);
        var pieces = InNamespace<ContentPiece>("ContentPiece", source).ToList();
        var usage = WhereUsed.Of([source, .. InNamespace<ClaimLibrary>("ClaimLibrary", source), .. pieces], pieces.ToDictionary(p => p.Key)).Single(u => u.Kind == "source");
        var digests = string.Join('\n', ingested.Files.Select(f => $"{f.File.Path} {f.File.Digest}"));
        return new KnowledgeSourceStatus
        {
            ObservedGeneration = source.Metadata.Generation,
            Conditions = conditions.ToList(),
            Files = ingested.Files.Count(f => f.File.Problem is null),
            Passages = ingested.Passages.Count,
            UnreadableFiles = ingested.Files.Count(f => f.File.Problem is not null) + ingested.MissingEntries.Count,
            Classes = classes.Counts.Count == 0 ? null : classes.Counts,
            LowConfidencePassages = classes.LowConfidence.Count,
            UsedBy = usage.Claims.Count == 0 ? null : usage.ToStatus(),
            Digest = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(digests))),
        };
    }
}
