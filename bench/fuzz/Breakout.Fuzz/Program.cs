using Breakout.Fuzz;
using SharpFuzz;

// bench/fuzz/run starts this under afl-fuzz; "corpus DIR" writes the seed corpus; "replay FILE..." runs inputs once
// without AFL (to reproduce a crash with a readable stack trace).
if (args is ["corpus", var directory])
{
    await SeedCorpus.WriteAsync(directory);
    return 0;
}

// Instrumented code (the start-up below: migrations, demo tenant, login) writes to SharpFuzz's coverage map, which
// only Fuzzer.Run points at AFL's shared memory; until then it is null (SharpFuzz.Common 2.2.0) and the first
// instrumented branch would be an access violation. A scratch map takes those writes.
unsafe
{
    SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);
}

await using var target = await FuzzTarget.StartAsync();
if (args is ["replay", .. var files])
{
    foreach (var file in files)
    {
        var response = target.Run(await File.ReadAllBytesAsync(file));
        var body = System.Text.Encoding.UTF8.GetString(response.Body.Span);
        Console.WriteLine($"{file}: {response.StatusCode} {body[..Math.Min(body.Length, 600)]}");
    }

    return 0;
}

Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.ToArray());
});
return 0;
