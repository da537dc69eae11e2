using ContentOps.Operator.Cli;

return await CliRunner.RunAsync(args, Console.Out, Console.Error);
