using System.Runtime.ExceptionServices;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Provenance;
using ContentOps.Operator.Declarations.Semantics;
using ContentOps.Operator.Declarations.Sources;
using ContentOps.Operator.Declarations.Validation;
using ContentOps.Operator.Declarations.Yaml;
using ContentOps.Operator.Knowledge;

namespace ContentOps.Operator.Declarations;

/// <summary>
/// Reads every YAML declaration under a path (at a Git revision when asked), validates it against the
/// kind's schema and the cross-resource rules, and returns the valid resources with every finding.
/// Never throws on bad input: whatever is wrong becomes a <see cref="Diagnostic"/>.
/// </summary>
internal sealed class DeclarationLoader(TimeProvider time, DeclarationLimits limits)
{
    private readonly ResourceSchemas _schemas = new();
    private readonly ContentOps.Core.Knowledge.Ingestion.KnowledgeIngestor _ingestor = new();

    public DeclarationLoader()
        : this(TimeProvider.System, DeclarationLimits.Default)
    {
    }

    /// <param name="path">A folder (read recursively) or a single YAML file.</param>
    /// <param name="revision">A commit-ish to read the files at instead of the work tree; needs a Git work tree.</param>
    public DeclarationSet Load(string path, string? revision = null)
    {
        var snapshot = new SourceReader(limits).Read(path, revision);
        var diagnostics = new List<Diagnostic>(snapshot.Diagnostics);
        if (snapshot.Files.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(Diagnostic.ForPath(DiagnosticCodes.NoYamlFiles, $"no *.yaml or *.yml files under {snapshot.Root}",
                "point at the folder that holds your declarations (hidden folders and .contentops/ are skipped)"));
        }

        var declarations = new List<Declaration>();
        foreach (var (declared, found) in LoadFiles(snapshot.Files))
        {
            declarations.AddRange(declared);
            diagnostics.AddRange(found);
        }

        var (unique, semantic) = new SemanticValidator(time).Validate(declarations);
        diagnostics.AddRange(semantic);
        // Knowledge files are read from disk under the root, also for --revision (they are not YAML declarations).
        var knowledge = KnowledgeBase.Build(snapshot.Root, unique.Select(d => d.Resource), _ingestor);
        diagnostics.AddRange(KnowledgeDiagnostics.Check(knowledge, unique));
        unique = GitProvenance.Stamp(unique, snapshot.Root, revision is null ? null : snapshot.Revision);
        unique = GitFirstDeclared.Stamp(unique, snapshot.Root, revision is null ? null : snapshot.Revision);
        unique = PolicyOrigin.Stamp(unique, snapshot.Root);
        var sorted = diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new DeclarationSet(snapshot.Root, snapshot.Revision, snapshot.Dirty,
            snapshot.Files.Select(f => f.RelativePath).ToList(), unique, sorted)
        {
            Knowledge = knowledge,
        };
    }

    /// <summary>
    /// Parses and validates every file, in parallel (10,000 files are most of a no-op run), returning the results in
    /// file order so declarations and diagnostics come out exactly as a sequential load would give them.
    /// </summary>
    private FileResult[] LoadFiles(IReadOnlyList<SourceFile> files)
    {
        var results = new FileResult[files.Count];
        try
        {
            Parallel.For(0, files.Count,
                () => (Reader: new YamlDocumentReader(limits), Validator: new ResourceDocumentValidator(_schemas)),
                (i, _, local) =>
                {
                    results[i] = LoadFile(files[i], local.Reader, local.Validator);
                    return local;
                },
                _ => { });
        }
        catch (AggregateException parallel)
        {
            ExceptionDispatchInfo.Capture(parallel.InnerExceptions[0]).Throw();
        }

        return results;
    }

    private static FileResult LoadFile(SourceFile file, YamlDocumentReader reader, ResourceDocumentValidator validator)
    {
        if (file.Problem is not null || file.Content is null)
        {
            return new FileResult([], file.Problem is null ? [] : [file.Problem]);
        }

        if (!Utf8Text.TryDecode(file.Content, out var text, out var badByte, out var detail))
        {
            return new FileResult([], [Diagnostic.Error(DiagnosticCodes.InvalidUtf8, file.RelativePath, badByte,
                $"the file is not valid UTF-8 ({detail})", "save the file as UTF-8 (without changing its text)")]);
        }

        var yaml = reader.Read(text, file.RelativePath);
        var declarations = new List<Declaration>();
        var diagnostics = new List<Diagnostic>(yaml.Diagnostics);
        foreach (var document in yaml.Documents)
        {
            var (declaration, found) = validator.Validate(document, file.RelativePath);
            diagnostics.AddRange(found);
            if (declaration is not null)
            {
                declarations.Add(declaration);
            }
        }

        return new FileResult(declarations, diagnostics);
    }

    private readonly record struct FileResult(List<Declaration> Declarations, List<Diagnostic> Diagnostics);
}
