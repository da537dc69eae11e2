using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using static ContentOps.Operator.Tests.Stores.Local.TestResources;

namespace ContentOps.Operator.Tests.Stores.Local;

public sealed class SqlitePublicationLedgerTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task IntentAndReceipt_SurviveReopen()
    {
        using (var state = Open())
        {
            await state.Ledger.RecordIntentAsync(Entry("k1"), default);
            await state.Ledger.RecordReceiptAsync("k1", "wx-123", T0.AddMinutes(1), default);
        }

        using var reopened = Open();
        var entry = await reopened.Ledger.FindAsync("k1", default);
        Assert.NotNull(entry);
        Assert.Equal(LedgerStates.Published, entry.State);
        Assert.Equal("wx-123", entry.ExternalId);
        Assert.Equal(T0.AddMinutes(1), entry.PublishedAt);
        Assert.Equal(T0, entry.CreatedAt);
    }

    [Fact]
    public async Task IntentWithoutReceipt_IsPendingAfterReopen()
    {
        // The crash case: the process dies between recording the intent and the channel's answer.
        using (var state = Open())
        {
            await state.Ledger.RecordIntentAsync(Entry("k1"), default);
        }

        using var reopened = Open();
        var entry = await reopened.Ledger.FindAsync("k1", default);
        Assert.Equal(LedgerStates.Pending, entry!.State);
        Assert.Null(entry.ExternalId);
    }

    [Fact]
    public async Task RecordIntent_ReturnsStoredEntryUnchanged_WhenKeyExists()
    {
        using var state = Open();
        await state.Ledger.RecordIntentAsync(Entry("k1"), default);
        await state.Ledger.RecordReceiptAsync("k1", "wx-123", T0, default);
        var writes = state.WriteCount;

        var again = await state.Ledger.RecordIntentAsync(Entry("k1") with { Channel = "other", CreatedAt = T0.AddDays(1) }, default);

        Assert.Equal(LedgerStates.Published, again.State);
        Assert.Equal("wechat-hcp", again.Channel);
        Assert.Equal(T0, again.CreatedAt);
        Assert.Equal(writes, state.WriteCount);
    }

    [Fact]
    public async Task RecordIntents_StoresNewEntriesAndKeepsExistingOnes_AllDurableTogether()
    {
        using (var state = Open())
        {
            await state.Ledger.RecordIntentAsync(Entry("k1"), default);
            await state.Ledger.RecordReceiptAsync("k1", "wx-123", T0, default);

            var stored = await state.Ledger.RecordIntentsAsync([Entry("k1", "other"), Entry("k2", "email-hcp"), Entry("k3", "sms")], default);

            Assert.Equal(["k1 Published wechat-hcp", "k2 Pending email-hcp", "k3 Pending sms"], stored.Select(e => $"{e.IdempotencyKey} {e.State} {e.Channel}"));
        }

        using var reopened = Open();
        Assert.Equal(["k1 Published", "k2 Pending", "k3 Pending"],
            (await reopened.Ledger.ListForPieceAsync("uid-1", default)).Select(e => $"{e.IdempotencyKey} {e.State}"));
    }

    [Fact]
    public async Task RecordReceipt_Throws_WhenNoIntentWasRecorded()
    {
        using var state = Open();

        await Assert.ThrowsAsync<InvalidOperationException>(() => state.Ledger.RecordReceiptAsync("nope", "x", T0, default));
    }

    [Fact]
    public async Task ListForPiece_ReturnsEntriesOldestFirst_WithWithdrawals()
    {
        using var state = Open();
        await state.Ledger.RecordIntentAsync(Entry("k2", "email-hcp"), default);
        await state.Ledger.RecordIntentAsync(Entry("k1", "wechat-hcp"), default);
        await state.Ledger.RecordIntentAsync(Entry("other") with { PieceUid = "uid-2" }, default);
        await state.Ledger.RecordWithdrawalAsync("k2", T0.AddDays(3), default);

        var entries = await state.Ledger.ListForPieceAsync("uid-1", default);

        Assert.Equal(["k2", "k1"], entries.Select(e => e.IdempotencyKey));
        Assert.Equal(LedgerStates.Withdrawn, entries[0].State);
        Assert.Equal(T0.AddDays(3), entries[0].WithdrawnAt);
    }

    private static LedgerEntry Entry(string key, string channel = "wechat-hcp") => new()
    {
        IdempotencyKey = key,
        PieceUid = "uid-1",
        PieceRef = "ContentPiece/diabetes/a",
        Channel = channel,
        ContentDigest = "sha256:" + new string('a', 64),
        CreatedAt = T0,
    };

    private LocalStateStore Open() => LocalStateStore.Open(_folder.Path);
}
