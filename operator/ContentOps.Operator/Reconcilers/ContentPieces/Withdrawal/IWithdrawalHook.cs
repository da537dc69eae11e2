namespace ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;

/// <summary>
/// The one place that hears a piece come down, after its publications were withdrawn from every channel and before its
/// status is written: per-HCP sends stop their pending sends here, the CRM channel tells reps to stop using the
/// content. Called once when a piece enters Withdrawn or Expired (or is deleted), and again on a later pass only if
/// something of it was still live or pending; implementations must be idempotent. An exception fails the pass, which
/// is retried with backoff, so a hook that cannot reach its system keeps the piece being taken down until it can.
/// </summary>
internal interface IWithdrawalHook
{
    Task OnWithdrawnAsync(PieceWithdrawal withdrawal, CancellationToken cancellationToken);
}
