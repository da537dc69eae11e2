using System.CommandLine;
using ContentOps.Operator.Cli.Review;

namespace ContentOps.Operator.Cli;

/// <summary><c>contentops review</c>: lints plain-text drafts against SOP policies outside any campaign.</summary>
internal static class ReviewCommand
{
    public static Command Create(TimeProvider? time = null)
    {
        var policies = new Option<string>("--policies", "-p") { Description = "A SopPolicy YAML file, or a directory searched for them.", Required = true };
        var claims = new Option<string?>("--claims") { Description = "A ClaimLibrary YAML file or directory: the approved claims drafts may state." };
        var productType = new Option<string>("--product-type") { Description = "rx or otc.", DefaultValueFactory = _ => "rx" };
        productType.AcceptOnlyFromAmong("rx", "otc");
        var audience = new Option<string>("--audience") { Description = "hcp or public.", DefaultValueFactory = _ => "hcp" };
        audience.AcceptOnlyFromAmong("hcp", "public");
        var channel = new Option<string>("--channel") { Description = "Channel type, e.g. wechat, smtp, sms, web, file.", DefaultValueFactory = _ => "file" };
        var contentFormat = new Option<string>("--content-format", "--format-of-content")
        {
            Description = "Content format: wechat-article, email, sms, rep-talk-track, web-page, video-script, banner.",
            DefaultValueFactory = _ => "wechat-article",
        };
        var assetType = new Option<string?>("--asset-type") { Description = "advertisement, academic, disease-awareness, invitation, rep-message (default: academic for hcp, advertisement for public)." };
        var indications = new Option<string[]>("--indication") { Description = "A label indication of the product (repeat); anything else is off-label.", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--format", "-f") { Description = "Output: text, json or sarif.", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json", "sarif");
        var learned = new Option<string>("--learned")
        {
            Description = "on or off: run the learned detectors policies declare (spec.learnedDetector). They only add warn-level suggestions.",
            DefaultValueFactory = _ => "on",
        };
        learned.AcceptOnlyFromAmong("on", "off");
        var files = new Argument<string[]>("files")
        {
            Description = "UTF-8 .txt or .md drafts (the first line may be a title), or folders: every .txt/.md below them is reviewed.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("review",
            """
            Review plain-text drafts against SOP policies, outside any campaign.
            A folder reviews every .txt/.md below it (hidden folders skipped), in path order, with a passed/blocked line per file.
            Exit codes: 0 no blocking finding, 1 a blocking finding in any file, 2 usage errors (bad options, a missing path, a folder
            without drafts, unreadable policies).

            Example:
              contentops review --policies examples/policies --product-type rx --audience hcp draft.txt
              contentops review -p examples/policies --product-type otc --audience public --format sarif ad.md > review.sarif
              contentops review -p examples/policies --product-type otc --audience public --asset-type advertisement drafts/
              contentops review -p examples/policies --product-type otc --audience public --learned off ad.md
            """);
        foreach (var option in new Option[] { policies, claims, productType, audience, channel, contentFormat, assetType, indications, output, learned })
        {
            command.Options.Add(option);
        }

        command.Arguments.Add(files);
        command.SetAction(parseResult =>
        {
            var settings = new ReviewSettings
            {
                PoliciesPath = parseResult.GetValue(policies)!,
                ClaimsPath = parseResult.GetValue(claims),
                Files = parseResult.GetValue(files) ?? [],
                ProductType = parseResult.GetValue(productType)!,
                Audience = parseResult.GetValue(audience)!,
                ChannelType = parseResult.GetValue(channel)!,
                ContentFormat = parseResult.GetValue(contentFormat)!,
                AssetType = parseResult.GetValue(assetType),
                Indications = parseResult.GetValue(indications) ?? [],
                OutputFormat = parseResult.GetValue(output)!,
                Learned = parseResult.GetValue(learned) == "on",
            };
            var runner = new ReviewRunner(new YamlPolicySource(), time ?? TimeProvider.System);
            var config = parseResult.InvocationConfiguration;
            return runner.Run(settings, config.Output, config.Error);
        });
        return command;
    }
}
