using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Semantics;
using ContentOps.Operator.Declarations.Sources;
using ContentOps.Operator.Declarations.Validation;
using ContentOps.Operator.Declarations.Yaml;

namespace ContentOps.Operator.Declarations;

/// <summary>
/// Reads every YAML declaration under a path (at a Git revision when asked), validates it against the
/// kind's schema and the cross-resource rules, and returns the valid resources with every finding.
/// Never throws on bad input: whatever is wrong becomes a <see cref="Diagnostic"/>.
/// </summary>
internal sealed class DeclarationLoader(TimeProvider time, DeclarationLimits limits)
{
    private readonly ResourceSchemas _schemas = new();

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
        var reader = new YamlDocumentReader(limits);
        var validator = new ResourceDocumentValidator(_schemas);
        foreach (var file in snapshot.Files)
        {
            LoadFile(file, reader, validator, declarations, diagnostics);
        }

        var (unique, semantic) = new SemanticValidator(time).Validate(declarations);
        diagnostics.AddRange(semantic);
        var sorted = diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new DeclarationSet(snapshot.Root, snapshot.Revision, snapshot.Dirty,
            snapshot.Files.Select(f => f.RelativePath).ToList(), unique, sorted);
    }

    private static void LoadFile(SourceFile file, YamlDocumentReader reader, ResourceDocumentValidator validator, List<Declaration> declarations, List<Diagnostic> diagnostics)
    {
        if (file.Problem is not null || file.Content is null)
        {
            diagnostics.AddRange(file.Problem is null ? [] : [file.Problem]);
            return;
        }

        if (!Utf8Text.TryDecode(file.Content, out var text, out var badByte, out var detail))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidUtf8, file.RelativePath, badByte,
                $"the file is not valid UTF-8 ({detail})", "save the file as UTF-8 (without changing its text)"));
            return;
        }

        var yaml = reader.Read(text, file.RelativePath);
        diagnostics.AddRange(yaml.Diagnostics);
        foreach (var document in yaml.Documents)
        {
            var (declaration, found) = validator.Validate(document, file.RelativePath);
            diagnostics.AddRange(found);
            if (declaration is not null)
            {
                declarations.Add(declaration);
            }
        }
    }
}
