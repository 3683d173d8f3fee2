using BenchmarkDotNet.Running;
using SqlConn.Workloads;

// `generate PATH` writes the benchmark script (to time `sqlconn lint` on it as a real process);
// any other arguments go to BenchmarkDotNet, e.g. `--filter '*'`.
if (args is ["generate", var path])
{
    File.WriteAllText(path, BenchmarkScript.Materialize());
    Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
