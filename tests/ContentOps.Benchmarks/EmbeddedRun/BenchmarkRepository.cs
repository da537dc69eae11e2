using System.Text;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>
/// Writes a repository shaped like examples/: one campaign, a claim library, an audience with profiles, file
/// channels that accept every format, the company SOP, and N pieces (one file each) spread over the four formats.
/// Pieces need no approval except one in twenty (every format alike), which an MLR policy selects by label, so a first run publishes
/// most pieces and parks the rest at AwaitingApproval, as a real repository would.
/// </summary>
internal static class BenchmarkRepository
{
    public const string Namespace = "diabetes";
    public const int ApprovalEvery = 20;

    private static readonly string[] _formats = ["wechat-article", "email", "sms", "rep-talk-track"];

    public static void Write(string root, string examples, int pieces, int channels)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var channelNames = Enumerable.Range(1, channels).Select(i => $"hcp-outbox-{i}").ToArray();
        WriteFile(root, "campaign.yaml", BenchmarkYaml.Campaign(channelNames));
        WriteFile(root, "audience.yaml", BenchmarkYaml.Audience());
        WriteFile(root, "claims/klp-claims.yaml", BenchmarkYaml.ClaimLibrary(ClaimTexts.All));
        foreach (var name in channelNames)
        {
            WriteFile(root, $"channels/{name}.yaml", BenchmarkYaml.Channel(name, _formats));
        }

        WriteFile(root, "policies/company-sop.yaml", CompanySop(examples));
        WriteFile(root, "policies/mlr-approval.yaml", BenchmarkYaml.MlrPolicy());
        Directory.CreateDirectory(Path.Combine(root, "profiles"));
        File.Copy(Path.Combine(examples, "profiles", "hcps.csv"), Path.Combine(root, "profiles", "hcps.csv"));

        var random = new Random(20261201);
        for (var i = 0; i < pieces; i++)
        {
            var format = _formats[i % _formats.Length];
            var name = $"klp-{format}-{i:00000}";
            WriteFile(root, $"pieces/{format}/{name}.yaml", BenchmarkYaml.Piece(name, format, i, channelNames, random, (i / _formats.Length) % ApprovalEvery == ApprovalEvery - 1));
        }
    }

    /// <summary>Copies a generated repository (a fresh state for every first run), skipping its state and outboxes.</summary>
    public static void Copy(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith('.') || relative.StartsWith("out", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The company SOP policy from examples (the first document; the MLR approval policy is replaced by a narrower one).</summary>
    private static string CompanySop(string examples)
    {
        var text = File.ReadAllText(Path.Combine(examples, "policies", "company-sop.yaml"));
        var end = text.IndexOf("\n---", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    private static void WriteFile(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}
