using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Review;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Reconcilers.ContentPieces.Approvals;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>The reconcilers of every kind, wired the same way in the embedded and the cluster mode.</summary>
internal static class ReconcilerSet
{
    public static ContentPieceReconciler ContentPieces(
        IResourceStore store,
        DeclaredIndex index,
        IArtifactStore artifacts,
        IPublicationLedger ledger,
        IAuditLog audit,
        ChannelRegistry channels,
        ChatClientProvider chatClients,
        ContentOpsMetrics metrics,
        TimeProvider time,
        string? sourceRevision,
        Sending.SendWithdrawal? sends = null,
        IReadOnlyList<IWithdrawalHook>? withdrawalHooks = null,
        SignerSource signers = SignerSource.Git,
        string? knowledgeFolder = null,
        Learned.PipelineLearnedExamples? learned = null,
        Func<ContentPiece, CancellationToken, Task<IReadOnlyList<PiecePrediction>?>>? predictions = null)
    {
        var generate = new GenerateStep(artifacts, chatClients, metrics, new ClaimRecallProvider(time, knowledgeFolder, Knowledge.VectorStoreSelection.FromEnvironment()));
        return new ContentPieceReconciler(
            store,
            new ResolveStep(store, index),
            generate,
            new ReviewStep(artifacts, new ContentReviewer(new ReviewOptions { LearnedExamples = learned }), metrics),
            new RemediateStep(generate, metrics),
            new PublishStep(artifacts, ledger, channels, metrics, time, sends, withdrawalHooks),
            audit,
            time,
            sourceRevision,
            signers,
            predictions);
    }

    /// <summary>The kinds whose reconcile observes and summarises.</summary>
    public static IReconciler[] Summaries(IResourceStore store, ISecretResolver secrets, string declarationsRoot, TimeProvider time, Sending.ChannelHealth? health = null, Func<IEngagementStore?>? engagement = null, ContentOpsMetrics? metrics = null, Core.Knowledge.Ingestion.IPassageCache? passages = null,
        Analytics.Prediction.EffectModelRuntime? effectModels = null, Learned.PipelineLearnedExamples? learned = null)
    {
        var ingestor = new Core.Knowledge.Ingestion.KnowledgeIngestor(passages ?? new Core.Knowledge.Ingestion.MemoryPassageCache(), new Core.Knowledge.Ingestion.PassageSplitter());
        return
        [
        new CampaignReconciler(store, time, engagement, metrics, effectModels is null ? null : effectModels.CampaignStatusAsync), new ApprovalReconciler(store, time),
        new ClaimLibraryReconciler(store, time, new Knowledge.StoreKnowledge(store, declarationsRoot, ingestor)),
        new KnowledgeSourceReconciler(store, declarationsRoot, ingestor, time),
        new SopPolicyReconciler(store, time, learned), new ChannelTargetReconciler(store, secrets, time, health),
        new AudienceReconciler(store, new Distribution.ProfileLoader(declarationsRoot, secrets), time),
        ];
    }
}
