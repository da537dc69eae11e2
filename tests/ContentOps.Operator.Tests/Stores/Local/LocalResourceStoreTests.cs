using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores.Local;
using static ContentOps.Operator.Tests.Stores.Local.TestResources;

namespace ContentOps.Operator.Tests.Stores.Local;

public sealed class LocalResourceStoreTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Sync_AssignsUidGenerationOneAndCreationTime_ForNewResource()
    {
        using var state = Open();

        var result = await state.Resources.SyncAsync([Piece("a"), Policy("sop")], "c0ffee", T0);

        Assert.Equal([Key("a"), Key("sop", "SopPolicy")], result.Added);
        var piece = Assert.IsType<ContentPiece>(state.Resources.Get(Key("a")));
        Assert.Equal(1, piece.Metadata.Generation);
        Assert.Equal(T0, piece.Metadata.CreationTimestamp);
        Assert.False(string.IsNullOrEmpty(piece.Metadata.Uid));
        Assert.Null(piece.Metadata.DeletionTimestamp);
        Assert.Equal("kanglipin-launch-2026", piece.Spec.Campaign);
        Assert.Equal("c0ffee", state.Resources.SourceRevisionOf(Key("a")));
    }

    [Fact]
    public async Task UpdateStatus_RoundTripsAcrossReopen()
    {
        string uid;
        using (var state = Open())
        {
            await state.Resources.SyncAsync([Piece("a")], null, T0);
            Assert.True(await state.Resources.UpdateStatusAsync(Key("a"), Status("Reviewing", "sha256:ab"), default));
            uid = state.Resources.Get(Key("a"))!.Metadata.Uid!;
        }

        using var reopened = Open();
        var piece = (ContentPiece)reopened.Resources.Get(Key("a"))!;
        Assert.Equal(uid, piece.Metadata.Uid);
        Assert.Equal("Reviewing", piece.Status!.Phase);
        Assert.Equal("sha256:ab", piece.Status.ContentDigest);
        Assert.Equal(T0, Assert.Single(piece.Status.Conditions!).LastTransitionTime);
    }

    [Fact]
    public async Task Sync_IncrementsGeneration_OnlyWhenSpecOrLabelsChange()
    {
        using var state = Open();
        await state.Resources.SyncAsync([Piece("a")], null, T0);

        await state.Resources.UpdateStatusAsync(Key("a"), Status("Generating"), default);
        await state.Resources.SyncAsync([Piece("a")], null, T0);
        Assert.Equal(1, state.Resources.Get(Key("a"))!.Metadata.Generation);

        var changed = await state.Resources.SyncAsync([Piece("a", brief: "新的简报：强调每周一次给药的便利性。")], null, T0);
        Assert.Equal([Key("a")], changed.Changed);
        Assert.Equal(2, state.Resources.Get(Key("a"))!.Metadata.Generation);

        await state.Resources.SyncAsync([Piece("a", brief: "新的简报：强调每周一次给药的便利性。", labels: Labels("tier", "3"))], null, T0);
        Assert.Equal(3, state.Resources.Get(Key("a"))!.Metadata.Generation);

        var annotated = await state.Resources.SyncAsync(
            [Piece("a", brief: "新的简报：强调每周一次给药的便利性。", labels: Labels("tier", "3"), annotations: Labels("note", "x"))], null, T0);
        Assert.Empty(annotated.Changed);
        Assert.Equal(3, state.Resources.Get(Key("a"))!.Metadata.Generation);
        Assert.Equal("x", state.Resources.Get(Key("a"))!.Metadata.Annotations!["note"]);
    }

    [Fact]
    public async Task Sync_KeepsGeneration_WhenOnlyLabelOrderChanges()
    {
        using var state = Open();
        await state.Resources.SyncAsync([Piece("a", labels: new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" })], null, T0);

        var result = await state.Resources.SyncAsync([Piece("a", labels: new Dictionary<string, string> { ["y"] = "2", ["x"] = "1" })], null, T0);

        Assert.True(result.IsNoOp);
        Assert.Equal(0, result.Writes);
    }

    [Fact]
    public async Task Rerun_WritesNothing_WhenDeclarationsAndStatusesAreUnchanged()
    {
        using (var state = Open())
        {
            await state.Resources.SyncAsync([Piece("a"), Piece("b"), Policy("sop")], "rev1", T0);
            await state.Resources.UpdateStatusAsync(Key("a"), Status("Published"), default);
        }

        using var reopened = Open();
        var result = await reopened.Resources.SyncAsync([Piece("a"), Piece("b"), Policy("sop")], "rev2", T0.AddHours(1));
        var wrote = await reopened.Resources.UpdateStatusAsync(Key("a"), Status("Published"), default);

        Assert.True(result.IsNoOp);
        Assert.Equal(3, result.Unchanged.Count);
        Assert.False(wrote);
        Assert.Equal(0, reopened.WriteCount);
    }

    [Fact]
    public async Task Sync_KeepsUndeclaredResourceWithFinalizer_WithDeletionTimestampAndLastSpec()
    {
        using (var state = Open())
        {
            await state.Resources.SyncAsync([Piece("a", brief: "最后声明的简报内容，用于撤回。"), Piece("b")], null, T0);
            await state.Resources.AddFinalizerAsync(Key("a"), "contentops.io/withdraw", default);
            await state.Resources.UpdateStatusAsync(Key("a"), Status("Published"), default);

            var result = await state.Resources.SyncAsync([Piece("b")], null, T0.AddDays(1));

            Assert.Equal([Key("a")], result.Deleted);
        }

        // After a reopen the object is no longer declared anywhere: it must come back from last_declared.
        using var reopened = Open();
        var piece = (ContentPiece)reopened.Resources.Get(Key("a"))!;
        Assert.Equal(T0.AddDays(1), piece.Metadata.DeletionTimestamp);
        Assert.Equal(["contentops.io/withdraw"], piece.Metadata.Finalizers);
        Assert.Equal("最后声明的简报内容，用于撤回。", piece.Spec.Brief);
        Assert.Equal("Published", piece.Status!.Phase);

        var again = await reopened.Resources.SyncAsync([Piece("b")], null, T0.AddDays(2));
        Assert.Equal(0, again.Writes);
        Assert.Equal(T0.AddDays(1), reopened.Resources.Get(Key("a"))!.Metadata.DeletionTimestamp);
    }

    [Fact]
    public async Task Sync_ForgetsUndeclaredResource_WithoutFinalizer()
    {
        using var state = Open();
        await state.Resources.SyncAsync([Piece("a"), Piece("b")], null, T0);

        var result = await state.Resources.SyncAsync([Piece("b")], null, T0);

        Assert.Equal([Key("a")], result.Deleted);
        Assert.Null(state.Resources.Get(Key("a")));
        Assert.Single(state.Resources.List("ContentPiece"));
    }

    [Fact]
    public async Task RemoveFinalizer_ForgetsDeletedResource_WhenLastFinalizerGoes()
    {
        using (var state = Open())
        {
            await state.Resources.SyncAsync([Piece("a")], null, T0);
            await state.Resources.AddFinalizerAsync(Key("a"), "one", default);
            await state.Resources.AddFinalizerAsync(Key("a"), "two", default);
            await state.Resources.SyncAsync([], null, T0);

            await state.Resources.RemoveFinalizerAsync(Key("a"), "one", default);
            Assert.NotNull(state.Resources.Get(Key("a")));
            await state.Resources.RemoveFinalizerAsync(Key("a"), "two", default);
            Assert.Null(state.Resources.Get(Key("a")));
            Assert.False(await state.Resources.UpdateStatusAsync(Key("a"), Status("Withdrawn"), default));
        }

        using var reopened = Open();
        Assert.Null(reopened.Resources.Get(Key("a")));
    }

    [Fact]
    public async Task AddFinalizer_Throws_WhenDeletionWasRequested()
    {
        using var state = Open();
        await state.Resources.SyncAsync([Piece("a")], null, T0);
        await state.Resources.AddFinalizerAsync(Key("a"), "one", default);
        await state.Resources.SyncAsync([], null, T0);

        await Assert.ThrowsAsync<InvalidOperationException>(() => state.Resources.AddFinalizerAsync(Key("a"), "two", default));
    }

    [Fact]
    public async Task Sync_ClearsDeletion_WhenResourceIsDeclaredAgain()
    {
        using var state = Open();
        await state.Resources.SyncAsync([Piece("a")], null, T0);
        await state.Resources.AddFinalizerAsync(Key("a"), "one", default);
        await state.Resources.SyncAsync([], null, T0);

        var result = await state.Resources.SyncAsync([Piece("a")], null, T0);

        Assert.Equal([Key("a")], result.Changed);
        var piece = state.Resources.Get(Key("a"))!;
        Assert.Null(piece.Metadata.DeletionTimestamp);
        Assert.Equal(1, piece.Metadata.Generation);
    }

    [Fact]
    public async Task List_OrdersByNamespaceAndName_AndFiltersByNamespace()
    {
        using var state = Open();
        await state.Resources.SyncAsync([Piece("b", "oncology"), Piece("b"), Piece("a", "oncology"), Piece("a")], null, T0);

        var all = state.Resources.List("ContentPiece").Select(r => r.Key.ToString());
        var oncology = state.Resources.List("ContentPiece", "oncology").Select(r => r.Metadata.Name);

        Assert.Equal(["ContentPiece/diabetes/a", "ContentPiece/diabetes/b", "ContentPiece/oncology/a", "ContentPiece/oncology/b"], all);
        Assert.Equal(["a", "b"], oncology);
        Assert.Empty(state.Resources.List("Campaign"));
    }

    [Fact]
    public async Task Sync_Rejects_DuplicateKeys()
    {
        using var state = Open();

        await Assert.ThrowsAsync<ArgumentException>(() => state.Resources.SyncAsync([Piece("a"), Piece("a")], null, T0));
        Assert.Equal(0, state.WriteCount);
    }

    [Fact]
    public async Task Sync_Rejects_ObjectWhoseKindDoesNotMatchItsType()
    {
        using var state = Open();
        var piece = Piece("a");
        var mislabelled = new ContentPiece { Kind = "Campaign", Metadata = piece.Metadata, Spec = piece.Spec };

        await Assert.ThrowsAsync<ArgumentException>(() => state.Resources.SyncAsync([Piece("b"), mislabelled], null, T0));
        Assert.Null(state.Resources.Get(Key("b")));
    }

    [Fact]
    public async Task UpdateStatus_Rejects_StatusOfAnotherKind()
    {
        using var state = Open();
        await state.Resources.SyncAsync([Policy("sop")], null, T0);

        await Assert.ThrowsAsync<ArgumentException>(() => state.Resources.UpdateStatusAsync(Key("sop", "SopPolicy"), Status("Published"), default));
    }

    [Fact]
    public async Task Get_ReturnsSnapshot_ThatLaterWritesDoNotChange()
    {
        using var state = Open();
        await state.Resources.SyncAsync([Piece("a")], null, T0);
        var before = (ContentPiece)state.Resources.Get(Key("a"))!;

        await state.Resources.UpdateStatusAsync(Key("a"), Status("Reviewing"), default);

        Assert.Null(before.Status);
        Assert.Equal("Reviewing", ((ContentPiece)state.Resources.Get(Key("a"))!).Status!.Phase);
        Assert.NotEqual(before.Metadata.ResourceVersion, state.Resources.Get(Key("a"))!.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task Sync_LeavesCacheUntouched_WhenTheWriteFails()
    {
        using (var state = Open())
        {
            await state.Resources.SyncAsync([Piece("a")], null, T0);
        }

        // A read-only open makes the transaction fail after the plan was made.
        using var reader = LocalStateStore.Open(_folder.Path, new LocalStateOptions { ReadOnly = true });
        await Assert.ThrowsAnyAsync<Exception>(() => reader.Resources.SyncAsync([Piece("b")], null, T0));

        Assert.Null(reader.Resources.Get(Key("b")));
        Assert.NotNull(reader.Resources.Get(Key("a")));
    }

    [Fact]
    public async Task UpdateStatus_FromConcurrentWorkers_KeepsEveryWrite()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"p{i}").ToList();
        using (var state = Open())
        {
            await state.Resources.SyncAsync(names.Select(n => (Resource)Piece(n)).ToList(), null, T0);
            await Parallel.ForEachAsync(names, async (name, ct) =>
                await state.Resources.UpdateStatusAsync(Key(name), Status("Published", "sha256:" + name), ct));
        }

        using var reopened = Open();
        Assert.All(names, name => Assert.Equal("sha256:" + name, ((ContentPiece)reopened.Resources.Get(Key(name))!).Status!.ContentDigest));
    }

    private static Dictionary<string, string> Labels(string key, string value) => new() { [key] = value };

    private LocalStateStore Open() => LocalStateStore.Open(_folder.Path);
}
