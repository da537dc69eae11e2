using ContentOps.Operator.Declarations.Sources;
using LibGit2Sharp;

namespace ContentOps.Operator.Declarations.Provenance;

/// <summary>Who the local Git user is ("Name &lt;email&gt;" from user.name and user.email), as a commit would record them.</summary>
internal static class GitIdentity
{
    public static string? Of(string path)
    {
        try
        {
            if (GitSource.Discover(Path.GetFullPath(path)) is { } gitDir)
            {
                using var repo = new Repository(gitDir);
                return Format(repo.Config.Get<string>("user.name")?.Value, repo.Config.Get<string>("user.email")?.Value);
            }

            using var global = Configuration.BuildFrom(null);
            return Format(global.Get<string>("user.name")?.Value, global.Get<string>("user.email")?.Value);
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    private static string? Format(string? name, string? email) => string.IsNullOrWhiteSpace(email) ? null : $"{name} <{email}>";
}
