using System.CommandLine;

namespace ContentOps.Operator.Cli;

/// <summary>Builds the <c>contentops</c> command tree; each verb lives in its own file.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            """
            ContentOps: GitOps for compliant pharmaceutical omnichannel content.
            Declare campaigns, content pieces, SOP policies and channels as YAML; ContentOps generates,
            reviews, waits for MLR approval of the exact content, publishes and withdraws.

            Example:
              contentops validate examples
              contentops run examples
            """);
        root.Subcommands.Add(VersionCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(CrdsCommand.Create());
        root.Subcommands.Add(Run.RunCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(ApproveCommand.Create());
        root.Subcommands.Add(ReferenceCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(SendsCommand.Create());
        root.Subcommands.Add(NbaCommand.Create());
        root.Subcommands.Add(OperatorCommand.Create());
        root.Subcommands.Add(Analytics.SimulateCommand.Create());
        root.Subcommands.Add(Analytics.EventsCommand.Create());
        root.Subcommands.Add(Analytics.PredictCommand.Create());
        root.Subcommands.Add(Analytics.ReportCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(WhereUsedCommand.Create());
        return root;
    }
}
