using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Tests.Stores.Sends;

/// <summary>
/// The one set of send-ledger tests, run against every store (SQLite in a state folder, a real PostgreSQL): the
/// behaviour the send executor relies on must not depend on the database.
/// </summary>
public abstract class SendLedgerContract
{
    protected static readonly DateTimeOffset T0 = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The store under test, opened on the same data every call (a reopen after the previous one).</summary>
    private protected abstract Task<ISendLedger> OpenAsync();

    private protected static SendEntry Entry(string key, string hcp = "hcp-1", string channel = "diabetes/approved-email", string piece = "uid-1") => new()
    {
        IdempotencyKey = key,
        PieceUid = piece,
        PieceRef = "diabetes/klp-email-launch",
        Hcp = hcp,
        Channel = channel,
        ContentDigest = "sha256:abc",
        Segment = "tier3-endocrinology",
        CreatedAt = T0,
        DueAt = T0.AddHours(1),
    };

    [Fact]
    public async Task Intent_IsPendingWithEveryField_AfterReopen()
    {
        await (await OpenAsync()).RecordIntentsAsync([Entry("k1")], default);

        var entry = Assert.Single(await (await OpenAsync()).ListForPieceAsync("uid-1", default));
        Assert.Equal(Entry("k1") with { State = SendStates.Pending }, entry);
    }

    [Fact]
    public async Task Find_ReturnsTheEntryByKey_OrNull()
    {
        await (await OpenAsync()).RecordIntentsAsync([Entry("k1", "hcp-7")], default);

        var ledger = await OpenAsync();
        Assert.Equal("hcp-7", (await ledger.FindAsync("k1", default))?.Hcp);
        Assert.Null(await ledger.FindAsync("unknown", default));
    }

    [Fact]
    public async Task ConsentWithdrawals_AreDurable_OnePerHcpAndChannel_KeepingTheLatestTime()
    {
        var ledger = await OpenAsync();
        await ledger.RecordConsentWithdrawalAsync(new ConsentWithdrawal("hcp-1", "email", T0, "one-click unsubscribe"), default);
        await ledger.RecordConsentWithdrawalAsync(new ConsentWithdrawal("hcp-1", "email", T0.AddDays(2), "one-click unsubscribe"), default);
        await ledger.RecordConsentWithdrawalAsync(new ConsentWithdrawal("hcp-1", "email", T0.AddDays(1), "replayed"), default);
        await ledger.RecordConsentWithdrawalAsync(new ConsentWithdrawal("hcp-2", "sms", T0, "sms opt-out"), default);

        var list = await (await OpenAsync()).ListConsentWithdrawalsAsync(default);

        Assert.Equal(
            [new ConsentWithdrawal("hcp-1", "email", T0.AddDays(2), "one-click unsubscribe"), new ConsentWithdrawal("hcp-2", "sms", T0, "sms opt-out")],
            list.Select(w => w with { At = w.At.ToOffset(T0.Offset) }));
    }

    [Fact]
    public async Task CrmPushes_AreRecordedOncePerKey_AndListedPerChannel()
    {
        var ledger = await OpenAsync();
        await ledger.RecordCrmPushAsync(new CrmPush("p1", "diabetes/rep-crm", "s1", "rep-1", "hcp-1", "crm-1", T0), default);
        await ledger.RecordCrmPushAsync(new CrmPush("p1", "diabetes/rep-crm", "s1", "rep-1", "hcp-1", "crm-2", T0.AddMinutes(1)), default);
        await ledger.RecordCrmPushAsync(new CrmPush("p2", "oncology/rep-crm", "s2", "rep-2", "hcp-2", null, T0), default);

        var reopened = await OpenAsync();
        Assert.Equal(["p1"], (await reopened.ListCrmPushKeysAsync("diabetes/rep-crm", default)).Order(StringComparer.Ordinal));
        Assert.Empty(await reopened.ListCrmPushKeysAsync("diabetes/other", default));
    }

    [Fact]
    public async Task RepeatedIntent_NeverResetsAReceipt()
    {
        var ledger = await OpenAsync();
        await ledger.RecordIntentsAsync([Entry("k1")], default);
        await ledger.RecordReceiptsAsync([new SendReceiptRecord("k1", "<k1@contentops>", T0.AddMinutes(5))], default);

        var again = await (await OpenAsync()).RecordIntentsAsync([Entry("k1") with { DueAt = T0.AddDays(3) }, Entry("k2")], default);

        Assert.Equal(SendStates.Sent, again[0].State);
        Assert.Equal("<k1@contentops>", again[0].ExternalId);
        Assert.Equal(T0.AddMinutes(5), again[0].SentAt);
        Assert.Equal(T0.AddHours(1), again[0].DueAt);
        Assert.Equal(SendStates.Pending, again[1].State);
    }

    [Fact]
    public async Task CancelPending_StopsEveryPendingSendOfThePiece_AndLeavesSentAndOtherPiecesAlone()
    {
        var ledger = await OpenAsync();
        await ledger.RecordIntentsAsync([Entry("k1", "hcp-1"), Entry("k2", "hcp-2"), Entry("k3", "hcp-3"), Entry("other", piece: "uid-2")], default);
        await ledger.RecordReceiptsAsync([new SendReceiptRecord("k1", "m1", T0)], default);

        var cancelled = await ledger.CancelPendingAsync("uid-1", "ClaimWithdrawn", T0.AddHours(2), default);

        Assert.Equal(["k2", "k3"], cancelled.Select(e => e.IdempotencyKey).Order(StringComparer.Ordinal));
        Assert.All(cancelled, e => Assert.Equal(SendStates.Cancelled, e.State));
        ledger = await OpenAsync();
        var stored = (await ledger.ListForPieceAsync("uid-1", default)).ToDictionary(e => e.IdempotencyKey);
        Assert.Equal(SendStates.Sent, stored["k1"].State);
        Assert.Equal((SendStates.Cancelled, "ClaimWithdrawn", (DateTimeOffset?)T0.AddHours(2)), (stored["k2"].State, stored["k2"].StopReason, stored["k2"].StoppedAt));
        Assert.Equal(SendStates.Pending, Assert.Single(await ledger.ListForPieceAsync("uid-2", default)).State);

        // A receipt arriving for a cancelled send (a run killed mid-call) does not resurrect it.
        await ledger.RecordReceiptsAsync([new SendReceiptRecord("k2", "late", T0.AddHours(3))], default);
        Assert.Equal(SendStates.Cancelled, (await ledger.ListForPieceAsync("uid-1", default)).Single(e => e.IdempotencyKey == "k2").State);
    }

    [Fact]
    public async Task Withdrawal_AppliesOnlyToSentEntries()
    {
        var ledger = await OpenAsync();
        await ledger.RecordIntentsAsync([Entry("k1", "hcp-1"), Entry("k2", "hcp-2")], default);
        await ledger.RecordReceiptsAsync([new SendReceiptRecord("k1", "m1", T0)], default);

        await ledger.RecordWithdrawalAsync("k1", "Expired", T0.AddDays(1), default);
        await ledger.RecordWithdrawalAsync("k2", "Expired", T0.AddDays(1), default);

        var stored = (await ledger.ListForPieceAsync("uid-1", default)).ToDictionary(e => e.IdempotencyKey);
        Assert.Equal((SendStates.Withdrawn, "Expired"), (stored["k1"].State, stored["k1"].StopReason));
        Assert.Equal(SendStates.Pending, stored["k2"].State);
    }

    [Fact]
    public async Task Failures_CountAttempts_AndOnlyPermanentOnesEndTheSend()
    {
        var ledger = await OpenAsync();
        await ledger.RecordIntentsAsync([Entry("k1", "hcp-1"), Entry("k2", "hcp-2")], default);

        await ledger.RecordFailureAsync("k1", "SMS gateway answered 503.", permanent: false, default);
        await ledger.RecordFailureAsync("k1", "SMS gateway answered 503 again.", permanent: false, default);
        await ledger.RecordFailureAsync("k2", "Mobile number is invalid.", permanent: true, default);

        var stored = (await ledger.ListForPieceAsync("uid-1", default)).ToDictionary(e => e.IdempotencyKey);
        Assert.Equal((SendStates.Pending, 2, "SMS gateway answered 503 again."), (stored["k1"].State, stored["k1"].Attempts, stored["k1"].LastError));
        Assert.Equal((SendStates.Failed, 1), (stored["k2"].State, stored["k2"].Attempts));
    }

    [Fact]
    public async Task SentHistory_IsPerHcpAcrossPieces_AndRateWindowsArePerChannel()
    {
        var ledger = await OpenAsync();
        await ledger.RecordIntentsAsync(
            [Entry("a", "hcp-1"), Entry("b", "hcp-1", "diabetes/hcp-sms", "uid-2"), Entry("c", "hcp-2"), Entry("d", "hcp-1", piece: "uid-3")], default);
        await ledger.RecordReceiptsAsync(
            [new("a", "m-a", T0), new("b", "m-b", T0.AddDays(2)), new("c", "m-c", T0.AddDays(2))], default);

        var recent = await ledger.ListSentToAsync("hcp-1", T0.AddDays(1), default);
        var all = await ledger.ListSentToAsync("hcp-1", T0.AddDays(-30), default);

        Assert.Equal(["b"], recent.Select(e => e.IdempotencyKey));
        Assert.Equal(["b", "c"], (await ledger.ListSentSinceAsync(T0.AddDays(1), default)).Select(e => e.IdempotencyKey).Order(StringComparer.Ordinal));
        var history = await new LedgerSendHistory(ledger).SentSinceAsync(T0.AddMinutes(-1), default);
        Assert.Equal(3, history.Count);
        Assert.Equal(("hcp-1", "approved-email", "diabetes/klp-email-launch"), (history[0].Hcp, history[0].Channel, history[0].Piece.ToString()));
        Assert.Equal(["a", "b"], all.Select(e => e.IdempotencyKey));
        Assert.Equal(2, await ledger.CountSentAsync("diabetes/approved-email", T0.AddMinutes(-1), default));
        Assert.Equal(1, await ledger.CountSentAsync("diabetes/approved-email", T0.AddDays(1), default));
        Assert.Equal(1, await ledger.CountSentAsync("diabetes/hcp-sms", T0, default));
    }

    [Fact]
    public async Task DeliveryReceipt_IsMatchedByTheChannelsId()
    {
        var ledger = await OpenAsync();
        await ledger.RecordIntentsAsync([Entry("k1")], default);
        await ledger.RecordReceiptsAsync([new SendReceiptRecord("k1", "gw-42", T0)], default);

        Assert.True(await ledger.RecordDeliveryAsync("diabetes/approved-email", "gw-42", "delivered", default));
        Assert.False(await ledger.RecordDeliveryAsync("diabetes/hcp-sms", "gw-42", "delivered", default));

        Assert.Equal("delivered", Assert.Single(await (await OpenAsync()).ListForPieceAsync("uid-1", default)).DeliveryStatus);
    }
}
