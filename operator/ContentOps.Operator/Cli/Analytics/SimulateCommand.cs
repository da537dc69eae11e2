using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ContentOps.Core.Analytics.Simulation;

namespace ContentOps.Operator.Cli.Analytics;

/// <summary><c>contentops simulate</c>: the closed loop against a hidden ground truth, learning allocator vs uniform vs oracle.</summary>
internal static class SimulateCommand
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the hidden ground truth, the audience and the policies' randomness.", DefaultValueFactory = _ => 1 };
        var sends = new Option<int>("--sends") { Description = "Number of simulated sends.", DefaultValueFactory = _ => 50_000 };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        sends.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--sends must be at least 1.");
            }
        });
        var command = new Command("simulate", """
            Simulate the closed loop: a hidden ground truth (response rates per segment × channel × send hour × variant,
            generated from the seed, never seen by the policies) produces engagement for each send; the learning
            allocator (contextual Thompson sampling), tabular Beta-Bernoulli Thompson sampling, uniform allocation and
            the oracle choose among the arms the planner allows (consent, quiet hours, approved variants).
            Reports total reward (engagements) and cumulative regret against the oracle.

            Examples:
              contentops simulate
              contentops simulate --seed 7 --sends 50000 --format json
            """)
        {
            seed, sends, format,
        };
        command.SetAction(parseResult =>
        {
            var report = new AllocationSimulator(AllocationSimulator.DefaultSpace).Run(parseResult.GetValue(seed), parseResult.GetValue(sends));
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(report, _json));
            }
            else
            {
                WriteText(output, report);
            }

            return CliRunner.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, SimulationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Simulated {report.Sends:N0} sends, seed {report.Seed}: {report.Segments} segments × {report.Arms} arms (variant × channel × hour)."));
        output.WriteLine();
        output.WriteLine("policy            reward   expected     regret");
        foreach (var outcome in new[] { report.Allocator, report.BetaBernoulli, report.Uniform, report.Oracle })
        {
            output.WriteLine(string.Create(c, $"{outcome.Policy,-15} {outcome.Reward,8:N0} {outcome.ExpectedReward,10:N1} {outcome.Regret,10:N1}"));
        }

        output.WriteLine();
        output.WriteLine("cumulative regret   allocator  beta-bernoulli    uniform");
        foreach (var point in report.Checkpoints)
        {
            output.WriteLine(string.Create(c, $"after {point.Sends,8:N0} {point.Allocator,13:N1} {point.BetaBernoulli,15:N1} {point.Uniform,10:N1}"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(c, $"Allocator regret is {report.RegretRatio:P1} of uniform's."));
    }
}
