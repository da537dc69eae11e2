using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.Policies;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>
/// Lookups every piece needs (its approvals, the policies of its namespace), built once per change of the
/// declarations instead of scanning the store per piece, which would make 10,000 pieces quadratic.
/// Only spec-level data is kept: statuses change during a pass, specs do not.
/// </summary>
internal sealed class DeclaredIndex(IResourceStore store)
{
    private volatile Snapshot _snapshot = Snapshot.Empty;

    public void Refresh()
    {
        var approvals = store.List("Approval").OfType<Approval>()
            .ToLookup(a => (a.Metadata.EffectiveNamespace, a.Spec.ContentPiece));
        var policies = store.List("SopPolicy").OfType<SopPolicy>()
            .GroupBy(p => p.Metadata.EffectiveNamespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SopPolicy>)[.. g], StringComparer.Ordinal);
        _snapshot = new Snapshot(approvals, policies);
    }

    public IReadOnlyList<Approval> ApprovalsOf(string ns, string piece) => [.. _snapshot.Approvals[(ns, piece)]];

    public IReadOnlyList<SopPolicy> PoliciesIn(string ns) => _snapshot.Policies.GetValueOrDefault(ns) ?? [];

    private sealed record Snapshot(ILookup<(string, string), Approval> Approvals, Dictionary<string, IReadOnlyList<SopPolicy>> Policies)
    {
        public static readonly Snapshot Empty = new(
            Array.Empty<Approval>().ToLookup(a => (a.Metadata.EffectiveNamespace, a.Spec.ContentPiece)),
            new Dictionary<string, IReadOnlyList<SopPolicy>>(StringComparer.Ordinal));
    }
}
