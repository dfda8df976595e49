using Breakout.Cli;

return await BreakoutCli.RunAsync(args, Console.Out, Console.Error);
