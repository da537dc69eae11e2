using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli.Analytics;

/// <summary>The state folder the analytics verbs read engagement from: <c>--state</c>, else the declarations' default.</summary>
internal static class EngagementStateFolder
{
    /// <summary>
    /// The folder holding a state database, or null after telling the user how to make one (run, then import events).
    /// </summary>
    public static async Task<string?> FindAsync(string path, string? state, TextWriter error)
    {
        var folder = state ?? LocalStateStore.DefaultFolderFor(Path.GetFullPath(path));
        if (File.Exists(Path.Combine(folder, LocalStateStore.DatabaseFileName)))
        {
            return folder;
        }

        await error.WriteLineAsync($"error: no state in {folder}; run 'contentops run {path}' and import events ('contentops events import FILE --state {folder}') first.");
        return null;
    }
}
