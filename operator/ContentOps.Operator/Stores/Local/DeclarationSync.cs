using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using ContentOps.Core.Api;
using ContentOps.Operator.Declarations.Provenance;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// One sync of the declarations into the resources table: plan every row change from hashes, write them all in
/// one transaction, then (only after the commit) update the cache.
/// </summary>
internal sealed class DeclarationSync(StateDatabase database, ResourceTable table, ResourceCache cache)
{
    public SyncResult Run(IReadOnlyList<Resource> declared, string? sourceRevision, DateTimeOffset now)
    {
        // Serialising and hashing is most of the cost and touches no shared state, so it runs before the gate.
        var forms = new DeclaredForm[declared.Count];
        try
        {
            Parallel.For(0, declared.Count, i => forms[i] = DeclaredForm.Of(declared[i]));
        }
        catch (AggregateException parallel)
        {
            // Callers handle a bad declaration like the sequential code would throw it, not wrapped.
            ExceptionDispatchInfo.Capture(parallel.InnerExceptions[0]).Throw();
        }

        var seen = new HashSet<ResourceKey>();
        foreach (var form in forms)
        {
            if (!seen.Add(form.Key))
            {
                throw new ArgumentException($"{form.Key} is declared more than once.", nameof(declared));
            }
        }

        lock (database.Gate)
        {
            var before = database.WriteCount;
            var plan = new SyncPlan();
            foreach (var form in forms)
            {
                PlanDeclared(plan, form, sourceRevision, now);
            }

            foreach (var row in cache.All().Where(row => !seen.Contains(row.Key)))
            {
                PlanUndeclared(plan, row, now);
            }

            if (plan.Writes.Count > 0)
            {
                database.InTransaction(() => plan.Writes.ForEach(write => write()));

                // Durable at once: the run's input cache records these declarations as applied.
                database.Flush();
            }

            plan.AfterCommit.ForEach(apply => apply());
            return new SyncResult
            {
                Added = plan.Added,
                Changed = plan.Changed,
                Deleted = plan.Deleted,
                Unchanged = plan.Unchanged,
                Writes = database.WriteCount - before,
            };
        }
    }

    private void PlanDeclared(SyncPlan plan, DeclaredForm form, string? sourceRevision, DateTimeOffset now)
    {
        var row = cache.Find(form.Key);
        if (row is null)
        {
            var added = new StoredResource(form.Key, form.Shape)
            {
                Uid = UidFor(form.Key, now),
                CreationTimestamp = now,
                Generation = 1,
                Version = 1,
                SpecHash = form.SpecHash,
                DeclaredHash = form.DeclaredHash,
                SourceRevision = sourceRevision,
                Declared = form.Object,
            };
            plan.Writes.Add(() => table.Insert(added, form.Json));
            plan.AfterCommit.Add(() => cache.Put(added));
            plan.Added.Add(form.Key);
            return;
        }

        var specChanged = !string.Equals(row.SpecHash, form.SpecHash, StringComparison.Ordinal);
        var undeleted = row.DeletionTimestamp is not null;
        if (!specChanged && !undeleted && string.Equals(row.DeclaredHash, form.DeclaredHash, StringComparison.Ordinal))
        {
            // Nothing to write; objects read back from last_declared adopt the fresh declaration (equal content).
            plan.AfterCommit.Add(() => row.Declared ??= form.Object);
            plan.Unchanged.Add(form.Key);
            return;
        }

        var next = row.Copy();
        next.Version++;
        next.Generation += specChanged ? 1 : 0;
        next.SpecHash = form.SpecHash;
        next.DeclaredHash = form.DeclaredHash;
        next.DeletionTimestamp = null;
        next.SourceRevision = sourceRevision;
        next.Declared = form.Object;
        plan.Writes.Add(() => table.UpdateDeclared(next, form.Json));
        plan.AfterCommit.Add(() => cache.Put(next));

        // Annotation-only edits are stored (last_declared stays exact) but need no reconcile, except on approvals and
        // pieces: their provenance annotations (who signed, who last changed the piece) decide whether approvals count.
        (specChanged || undeleted || ProvenanceChanged(row.Declared, form.Object) ? plan.Changed : plan.Unchanged).Add(form.Key);
    }

    /// <summary>
    /// True when the loader's provenance annotations differ (or, with no previous declaration in memory, exist): an
    /// approval committed by its signer must be looked at again although its file did not change.
    /// </summary>
    private static bool ProvenanceChanged(Resource? before, Resource after)
    {
        static IEnumerable<KeyValuePair<string, string>> Provenance(Resource? resource) =>
            (resource?.Metadata.Annotations ?? new Dictionary<string, string>())
                .Where(a => a.Key.StartsWith(ProvenanceAnnotations.Prefix, StringComparison.Ordinal))
                .OrderBy(a => a.Key, StringComparer.Ordinal);

        return before is null ? Provenance(after).Any() : !Provenance(before).SequenceEqual(Provenance(after));
    }

    private void PlanUndeclared(SyncPlan plan, StoredResource row, DateTimeOffset now)
    {
        if (row.DeletionTimestamp is not null)
        {
            plan.Unchanged.Add(row.Key);
            return;
        }

        plan.Deleted.Add(row.Key);
        if (row.Finalizers.Count == 0)
        {
            plan.Writes.Add(() => table.Delete(row.Key));
            plan.AfterCommit.Add(() => cache.Remove(row.Key));
            return;
        }

        // Finalizers pending (e.g. withdrawal from channels): keep the row, served from last_declared, until they go.
        var next = row.Copy();
        next.Version++;
        next.DeletionTimestamp = now;
        plan.Writes.Add(() => table.UpdateLifecycle(next));
        plan.AfterCommit.Add(() => cache.Put(next));
    }

    /// <summary>Stable for the life of the object; a re-created object (new creation time) gets a new uid, as in Kubernetes.</summary>
    private static string UidFor(ResourceKey key, DateTimeOffset created)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{key}@{ResourceTable.FormatTime(created)}"));
        return new Guid(bytes.AsSpan(0, 16)).ToString();
    }

    private sealed class SyncPlan
    {
        public List<Action> Writes { get; } = [];

        public List<Action> AfterCommit { get; } = [];

        public List<ResourceKey> Added { get; } = [];

        public List<ResourceKey> Changed { get; } = [];

        public List<ResourceKey> Deleted { get; } = [];

        public List<ResourceKey> Unchanged { get; } = [];
    }
}
