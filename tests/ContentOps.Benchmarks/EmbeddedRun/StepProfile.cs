using System.Diagnostics;
using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Core.Review;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>
/// Where a piece's reconcile spends its time: the steps of <see cref="ContentPieceReconciler"/> run one piece at a
/// time on one thread (no controller, no concurrency), each step's total measured with a Stopwatch. The order and
/// the calls mirror ReconcilePieceAsync; this is measurement code, the reconciler stays the source of truth.
/// </summary>
internal static class StepProfile
{
    public static async Task<IReadOnlyDictionary<string, TimeSpan>> RunAsync(LocalStateStore state, string declarationsRoot, IReadOnlyList<Resource> declared)
    {
        var time = TimeProvider.System;
        await state.Resources.SyncAsync(declared, null, time.GetUtcNow());
        var metrics = new ContentOpsMetrics();
        var index = new DeclaredIndex(state.Resources);
        index.Refresh();
        var store = state.Resources;
        var channels = new ChannelRegistry([new FileChannel(declarationsRoot, time)], new EnvironmentSecretResolver(), store);
        var resolve = new ResolveStep(store, index);
        var generate = new GenerateStep(state.Artifacts, new ChatClientProvider(), metrics);
        var review = new ReviewStep(state.Artifacts, new ContentReviewer(), metrics);
        var publish = new PublishStep(state.Artifacts, state.Ledger, channels, metrics, time);
        var totals = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

        async Task<T> Timed<T>(string step, Func<Task<T>> run)
        {
            var clock = Stopwatch.StartNew();
            var result = await run();
            totals[step] = totals.GetValueOrDefault(step) + clock.Elapsed;
            return result;
        }

        foreach (var piece in store.List("ContentPiece").OfType<ContentPiece>().Select(p => p.Key).ToList())
        {
            var context = new PieceContext((ContentPiece)(await Timed("store.Get", () => Task.FromResult(store.Get(piece))))!, time.GetUtcNow());
            var outcome = await Timed("resolve", () => Task.FromResult(resolve.Run(context)));
            outcome = outcome.Kind == StepKind.Continue ? await Timed("generate", () => generate.RunAsync(context, default)) : outcome;
            outcome = outcome.Kind == StepKind.Continue ? await Timed("review", () => review.RunAsync(context, default)) : outcome;
            outcome = outcome.Kind == StepKind.Continue ? await Timed("approval+schedule", () => Task.FromResult(ApprovalStep.Run(context) is { Kind: StepKind.Continue } ? ScheduleStep.Run(context) : StepOutcome.Wait("", ""))) : outcome;
            if (outcome.Kind == StepKind.Continue)
            {
                await Timed("finalizer", async () =>
                {
                    await store.AddFinalizerAsync(piece, ApiGroup.WithdrawFinalizer, default);
                    return 0;
                });
                outcome = await Timed("publish", () => publish.RunAsync(context, default));
            }

            var status = await Timed("summarize", () => Task.FromResult(PieceStatusSummarizer.Summarize(context, outcome, null)));
            await Timed("status write", () => store.UpdateStatusAsync(piece, status, default));
            await Timed("audit", async () =>
            {
                await state.Audit.AppendAsync(new AuditRecord { Time = context.Now, Resource = piece.ToString(), Action = status.Phase!, Message = "" }, default);
                return 0;
            });
        }

        return totals;
    }
}
