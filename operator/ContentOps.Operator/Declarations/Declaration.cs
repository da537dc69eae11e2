using ContentOps.Core.Api;

namespace ContentOps.Operator.Declarations;

/// <summary>A schema-valid resource as declared, with where it came from.</summary>
/// <param name="Resource">The concrete resource (a <c>ContentPiece</c>, <c>Campaign</c>, ...); <c>Status</c> is always null.</param>
/// <param name="FilePath">Path relative to the declaration root, '/' separated.</param>
/// <param name="DocumentIndex">0-based position of the document in its file.</param>
internal sealed record Declaration(Resource Resource, string FilePath, int DocumentIndex, SourceMap SourceMap)
{
    /// <summary><c>Kind/namespace/name</c>, as diagnostics print it.</summary>
    public string Ref => Resource.Key.ToString();

    public SourceLocation Locate(string path) => SourceMap.Locate(path);
}
