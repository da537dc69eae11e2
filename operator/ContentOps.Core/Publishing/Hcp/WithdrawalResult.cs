namespace ContentOps.Core.Publishing.Hcp;

/// <summary>How a send was taken back.</summary>
public enum WithdrawalResult
{
    /// <summary>The channel removed it (WeChat mass/delete, a file moved to withdrawn/).</summary>
    Retracted,

    /// <summary>It cannot be removed; a correction message went to the HCP.</summary>
    CorrectionSent,

    /// <summary>It cannot be removed and the policy asked for no correction; only the ledger records the withdrawal.</summary>
    NotRetractable,
}
