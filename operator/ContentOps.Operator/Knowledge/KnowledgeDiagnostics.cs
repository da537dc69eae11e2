using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Substantiation;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Semantics;

namespace ContentOps.Operator.Knowledge;

/// <summary>
/// The findings of ingesting the KnowledgeSources and anchoring every claim: files that name nothing (error), files
/// that cannot be read (warning naming the file), claims whose numbers, units or populations their references do
/// not state (warning, or error by the library's policy switch), each with the claim's file:line and the closest passage.
/// </summary>
internal static class KnowledgeDiagnostics
{
    public static IEnumerable<Diagnostic> Check(KnowledgeBase knowledge, IReadOnlyList<Declaration> declarations)
    {
        var byResource = declarations.ToDictionary(d => (object)d.Resource, ReferenceEqualityComparer.Instance);
        foreach (var source in knowledge.Sources)
        {
            var declaration = byResource[source.Source];
            foreach (var (entry, problem) in source.MissingEntries)
            {
                yield return declaration.Error(DiagnosticCodes.KnowledgeFileMissing, $"spec.files[{entry}]", problem,
                    "fix the path (relative to the declarations folder) or add the file");
            }

            foreach (var (entry, file) in source.Files.Where(f => f.File.Problem is not null))
            {
                yield return declaration.Warning(DiagnosticCodes.KnowledgeFileUnreadable, $"spec.files[{entry}]", $"{file.Path}: {file.Problem}",
                    "replace the file with a readable Markdown, text, PDF (with a text layer) or .docx file");
            }

            foreach (var (passage, classification) in source.Classes(KnowledgeClassifiers.Default).LowConfidence)
            {
                yield return declaration.Warning(DiagnosticCodes.LowConfidenceClass, "spec.files",
                    $"passage {passage.Location} classified as {classification.Dimension}/{classification.Class} with low confidence {classification.Confidence:0.00} ({classification.Why}): “{Shorten(passage.Text)}”",
                    "split the passage under a clearer heading, or add labelled examples of its class to the taxonomy");
            }
        }

        foreach (var declaration in declarations.Where(d => d.Resource is ClaimLibrary))
        {
            foreach (var diagnostic in CheckLibrary(knowledge, declaration, (ClaimLibrary)declaration.Resource))
            {
                yield return diagnostic;
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckLibrary(KnowledgeBase knowledge, Declaration declaration, ClaimLibrary library)
    {
        var ns = library.Metadata.EffectiveNamespace;
        for (var i = 0; i < library.Spec.Claims.Count; i++)
        {
            var claim = library.Spec.Claims[i];
            if (claim.Status == "withdrawn" || Substantiate(knowledge, ns, claim) is not { IsSubstantiated: false } result)
            {
                continue;
            }

            var missing = result.Missing.Count == 0 ? "has no passage in its sources" : $"states {string.Join(", ", result.Missing.Select(f => f.Text))}, which its references do not";
            var closest = result.Closest is { } anchor ? $"; closest passage: {anchor.Passage.Location}: “{Shorten(anchor.Text)}”" : "";
            var message = $"claim '{claim.Id}' {missing}{closest}";
            const string Hint = "correct the claim to what the source says, cite the source that states it, or add that document as a KnowledgeSource";
            yield return library.Spec.Substantiation == "error"
                ? declaration.Error(DiagnosticCodes.ClaimNotSubstantiated, $"spec.claims[{i}].text", message, Hint)
                : declaration.Warning(DiagnosticCodes.ClaimNotSubstantiated, $"spec.claims[{i}].text", message, Hint);
        }
    }

    /// <summary>The claim's anchors in the sources of its references; null when none of them has a KnowledgeSource.</summary>
    public static Substantiation? Substantiate(KnowledgeBase knowledge, string ns, Claim claim)
    {
        var cited = (claim.References ?? []).Where(r => knowledge.HasSource(ns, r)).ToList();
        return cited.Count == 0
            ? null
            : ClaimSubstantiator.Substantiate(claim.Id, claim.Text, [.. cited.Select(r => (r, knowledge.PassagesOf(ns, r)))]);
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
