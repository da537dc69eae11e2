using System.Reflection;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Review;
using ContentOps.Core.Review.Reports;

namespace ContentOps.Operator.Cli.Review;

/// <summary>Loads policies (and claims), reviews each draft and writes the chosen output. Returns the exit code.</summary>
internal sealed class ReviewRunner(IPolicySource source, TimeProvider time)
{
    public int Run(ReviewSettings settings, TextWriter output, TextWriter error)
    {
        var policies = source.LoadPolicies(settings.PoliciesPath);
        var claims = settings.ClaimsPath is { } claimsPath ? source.LoadClaimLibraries(claimsPath) : new LoadResult<ClaimLibrary>([], []);
        var errors = policies.Errors.Concat(claims.Errors).ToList();
        if (policies.Errors.Count == 0 && policies.Items.Count == 0)
        {
            errors.Add($"{settings.PoliciesPath}: error: no SopPolicy found");
        }

        var (files, missing) = DraftFiles.Expand(settings.Files);
        if (errors.Count + missing.Count > 0)
        {
            foreach (var message in errors.Concat(missing))
            {
                error.WriteLine(message);
            }

            return CliRunner.UsageError;
        }

        var context = CreateContext(settings, claims.Items);
        var reviewer = new ContentReviewer(new ReviewOptions
        {
            LearnedExamples = settings.Learned && policies.Origins is { } origins ? new FileLearnedExamplesSource(origins) : null,
        });
        var verdicts = new List<FileVerdict>();
        foreach (var file in files)
        {
            var draft = Draft.Read(file, settings.ChannelType, settings.ContentFormat);
            var verdict = reviewer.Review(draft.Rendition, context, policies.Items);
            verdicts.Add(new FileVerdict(file, verdict with { Findings = [.. verdict.Findings.Select(draft.ToFile)] }));
        }

        Write(settings.OutputFormat, output, verdicts, policies.Items);
        return verdicts.Any(v => v.Verdict.Blocked) ? CliRunner.Failure : CliRunner.Success;
    }

    private ReviewContext CreateContext(ReviewSettings settings, IReadOnlyList<ClaimLibrary> claimLibraries) => new()
    {
        Format = settings.ContentFormat,
        ChannelType = settings.ChannelType,
        AudienceRole = settings.Audience,
        ProductType = settings.ProductType,
        AssetType = settings.AssetType ?? (settings.Audience == "public" ? "advertisement" : "academic"),
        Language = settings.Language,
        // A draft has no channel yet: an HCP audience is taken to mean an HCP-verified channel.
        ChannelHcpVerified = settings.Audience == "hcp",
        Product = settings.Indications.Count == 0 ? null : new Product { Name = "draft", Type = settings.ProductType, Indications = settings.Indications },
        ClaimLibraries = claimLibraries,
        Now = time.GetUtcNow(),
    };

    private static void Write(string format, TextWriter output, List<FileVerdict> verdicts, IReadOnlyList<Core.Api.Policies.SopPolicy> policies)
    {
        switch (format)
        {
            case "json":
                ReviewJsonFormatter.Write(output, verdicts);
                break;
            case "sarif":
                var version = typeof(ReviewRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
                output.WriteLine(SarifWriter.Write([.. verdicts.Select(v => new SarifArtifact(ToUri(v.Path), v.Verdict))], policies, version));
                break;
            default:
                ReviewTextFormatter.Write(output, verdicts);
                break;
        }
    }

    private static string ToUri(string path) => path.Replace('\\', '/');
}
