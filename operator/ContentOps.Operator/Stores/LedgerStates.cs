namespace ContentOps.Operator.Stores;

/// <summary>States of a <see cref="LedgerEntry"/>.</summary>
internal static class LedgerStates
{
    public const string Pending = "Pending";
    public const string Published = "Published";
    public const string Withdrawn = "Withdrawn";
}
