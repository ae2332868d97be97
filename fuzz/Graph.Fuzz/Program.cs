using Graph.Fuzz;
using SharpFuzz;

// Graph.Fuzz TARGET              run under afl-fuzz (SharpFuzz's fork server; the input arrives on stdin)
// Graph.Fuzz TARGET PATH...      replay files (or every file of folders) through the target's invariants, no AFL
// Graph.Fuzz --list              the target names, one per line
if (args.Length == 1 && args[0] == "--list")
{
    foreach (var name in FuzzTargets.Names) Console.WriteLine(name);
    return 0;
}
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Graph.Fuzz TARGET [FILE|DIR...]; targets: {string.Join(", ", FuzzTargets.Names)}");
    return 2;
}

if (args.Length == 1)
{
    // Out of process: a stack overflow (deep nesting) kills only the child, and AFL still sees it as a crash.
    // The target is created inside the callback: instrumented code must not run before the fuzzer maps its memory.
    FuzzTarget? target = null;
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target ??= FuzzTargets.Create(args[0])!;
        target.Run(buffer.ToArray());
    });
    return 0;
}

var replayed = FuzzTargets.Create(args[0])!;
var failures = 0;
var files = args.Skip(1).SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]);
foreach (var file in files)
{
    try
    {
        replayed.Run(File.ReadAllBytes(file));
    }
    catch (Exception e)
    {
        failures++;
        Console.WriteLine($"FAIL {file}\n{e}\n");
    }
}
Console.WriteLine(failures == 0 ? "all inputs pass" : $"{failures} input(s) fail");
return failures == 0 ? 0 : 1;
