using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Reconcilers.ContentPieces.Approvals;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Drives one ContentPiece toward its declared state: deletion → resolve → generate → review → approval →
/// schedule → publish, then one status write and one audit record per phase change.
/// </summary>
internal sealed class ContentPieceReconciler(
    IResourceStore store,
    ResolveStep resolve,
    GenerateStep generate,
    ReviewStep review,
    RemediateStep remediate,
    PublishStep publish,
    IAuditLog audit,
    TimeProvider time,
    string? sourceRevision,
    SignerSource signers = SignerSource.Git,
    Func<ContentPiece, CancellationToken, Task<IReadOnlyList<PiecePrediction>?>>? predictions = null) : IReconciler
{
    private readonly ReviewWithRemediation _reviewing = new(review, remediate);

    public string Kind => "ContentPiece";

    public async Task<StepOutcome> ReconcileAsync(ResourceKey key, CancellationToken cancellationToken) =>
        (await ReconcilePieceAsync(key, cancellationToken)).Outcome;

    public async Task<PieceReconcileResult> ReconcilePieceAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (store.Get(key) is not ContentPiece piece)
        {
            return new PieceReconcileResult(StepOutcome.Continue, false, null);
        }

        var context = new PieceContext(piece, time.GetUtcNow());
        if (piece.Metadata.DeletionTimestamp is not null)
        {
            await publish.WithdrawAllAsync(context, "Deleted", cancellationToken);
            await AuditAsync(context, "Withdrawn", "Deleted: withdrawn from every channel.", cancellationToken);
            await store.RemoveFinalizerAsync(key, ApiGroup.WithdrawFinalizer, cancellationToken);
            return new PieceReconcileResult(StepOutcome.Continue, true, ContentPiecePhase.Withdrawn);
        }

        var outcome = await RunStepsAsync(context, cancellationToken);
        if (outcome.Reason == ConditionReasons.ClaimWithdrawn)
        {
            await publish.WithdrawAllAsync(context, ConditionReasons.ClaimWithdrawn, cancellationToken);
        }
        else if (outcome.Reason == ConditionReasons.BlockingFindings && context.Previous.Publications?.Any(p => p.WithdrawnAt is null) == true)
        {
            await publish.WithdrawAllAsync(context, "NoLongerCompliant", cancellationToken);
        }

        // The effect model's view of the piece, recorded with its version; without a model hook the last one stays.
        var predicted = predictions is null ? context.Previous.PredictedEngagement : await predictions(piece, cancellationToken);
        var status = PieceStatusSummarizer.Summarize(context, outcome, RevisionOf(context.Piece), predicted);
        var written = await store.UpdateStatusAsync(key, status, cancellationToken);
        if (ApprovedNow(context, status) is { } signedOff)
        {
            await AuditAsync(context, "Approved", signedOff, cancellationToken);
        }

        if (status.Phase != context.Previous.Phase || context.Regenerated)
        {
            await AuditAsync(context, status.Phase!, status.Conditions?.FirstOrDefault(c => c.Type == ConditionTypes.Ready)?.Message ?? "", cancellationToken);
        }

        return new PieceReconcileResult(RequeueAtExpiry(context, outcome, status.Phase), written, status.Phase);
    }

    /// <summary>When this pass granted the last required role: who signed, as verified, for the audit log.</summary>
    private static string? ApprovedNow(PieceContext context, ContentPieceStatus status)
    {
        static bool Approved(IReadOnlyList<Condition>? conditions) =>
            conditions?.FirstOrDefault(c => c.Type == ConditionTypes.Approved) is { Status: ConditionStatus.True, Reason: ConditionReasons.Succeeded };
        if (!Approved(status.Conditions) || (Approved(context.Previous.Conditions) && context.Previous.ContentDigest == status.ContentDigest))
        {
            return null;
        }

        var signers = (context.ApprovalSummary?.SignOffs ?? []).Where(s => s.Counts).Select(s => $"{s.Role}: {s.Signer}");
        return $"Approved {status.ContentDigest}; signed off by {string.Join("; ", signers)}.";
    }

    /// <summary>
    /// The commit that declared the piece: the Git revision the run loaded, else the piece's
    /// contentops.io/source-revision annotation (the operator gets objects without a Git checkout).
    /// </summary>
    private string? RevisionOf(ContentPiece piece) =>
        sourceRevision ?? piece.Metadata.Annotations?.GetValueOrDefault(ApiGroup.SourceRevisionAnnotation);

    /// <summary>A live piece with an expireAt is looked at again then, so a long-running operator takes it down on time.</summary>
    private static StepOutcome RequeueAtExpiry(PieceContext context, StepOutcome outcome, string? phase) =>
        outcome.Kind == StepKind.Continue && phase == ContentPiecePhase.Published && context.ExpiresIn is { } expiresIn
            ? outcome with { Message = ExpiryMessage(context, expiresIn), After = expiresIn }
            : outcome;

    private static string ExpiryMessage(PieceContext context, TimeSpan expiresIn) =>
        context.Piece.Spec.Schedule?.ExpireAt is { } expireAt && expireAt - context.Now == expiresIn
            ? $"Expires at {expireAt:yyyy-MM-dd'T'HH:mmzzz}; withdraws then."
            : $"A claim it states expires at {(context.Now + expiresIn).ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd'T'HH:mmzzz}; withdraws then.";

    private async Task<StepOutcome> RunStepsAsync(PieceContext context, CancellationToken cancellationToken)
    {
        var outcome = resolve.Run(context);
        if (outcome.Kind != StepKind.Continue)
        {
            return outcome;
        }

        foreach (var step in new Func<Task<StepOutcome>>[]
        {
            () => Task.FromResult(RetractionStep.BeforeGeneration(context)),
            () => generate.RunAsync(context, cancellationToken),
            () => Task.FromResult(RetractionStep.AfterGeneration(context)),
            () => ReviewWithRemediationAsync(context, cancellationToken),
            () => Task.FromResult(ScheduleStep.Expire(context)),
            () => Task.FromResult(AwaitApproval(context)),
            () => Task.FromResult(ScheduleStep.Run(context)),
            () => PublishWithFinalizerAsync(context, cancellationToken),
        })
        {
            outcome = await step();
            if (outcome.Kind != StepKind.Continue)
            {
                return outcome;
            }
        }

        return outcome;
    }

    /// <summary>An expired piece comes down whether or not its current content is approved.</summary>
    private StepOutcome AwaitApproval(PieceContext context)
    {
        var outcome = ApprovalStep.Run(context, signers);
        return context.TerminalPhase is null ? outcome : StepOutcome.Continue;
    }

    /// <summary>Review with remediation; every attempt is in the audit log and status.attempts.</summary>
    private Task<StepOutcome> ReviewWithRemediationAsync(PieceContext context, CancellationToken cancellationToken) =>
        _reviewing.RunAsync(context, note => AuditAsync(context, "Remediated", note, cancellationToken), cancellationToken);

    /// <summary>The finalizer goes on before the first send, so a piece deleted afterwards is always withdrawn first.</summary>
    private async Task<StepOutcome> PublishWithFinalizerAsync(PieceContext context, CancellationToken cancellationToken)
    {
        if (context.TerminalPhase is null && context.Piece.Metadata.Finalizers?.Contains(ApiGroup.WithdrawFinalizer) != true)
        {
            await store.AddFinalizerAsync(context.Piece.Key, ApiGroup.WithdrawFinalizer, cancellationToken);
        }

        return await publish.RunAsync(context, cancellationToken);
    }

    private Task AuditAsync(PieceContext context, string action, string message, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditRecord
        {
            Time = context.Now,
            Resource = context.Piece.Key.ToString(),
            Action = action,
            Message = message,
            Generation = context.Piece.Metadata.Generation,
            SourceRevision = RevisionOf(context.Piece),
            SpecDigest = context.SpecDigest,
            ContentDigest = context.ContentDigest,
        }, cancellationToken);
}
