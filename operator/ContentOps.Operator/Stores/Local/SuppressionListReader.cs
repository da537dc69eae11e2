using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Stores.Local;

/// <summary>Reads the suppression list of a state folder without writing to it (for the verbs that only plan).</summary>
internal static class SuppressionListReader
{
    public static async Task<IReadOnlyList<ConsentWithdrawal>> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(folder, LocalStateStore.DatabaseFileName)))
        {
            return [];
        }

        using var state = LocalStateStore.Open(folder, new LocalStateOptions { ReadOnly = true, Untouched = true });
        try
        {
            return await state.Sends.ListConsentWithdrawalsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // A state folder from before the suppression list: nobody has unsubscribed through it.
            return [];
        }
    }
}
