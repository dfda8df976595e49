using Breakout.Host;

var app = await BreakoutApp.BuildAsync(args);
await app.RunAsync();
