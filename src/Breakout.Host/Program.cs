using Breakout.Host;

return await BreakoutApp.RunAsync(args);
