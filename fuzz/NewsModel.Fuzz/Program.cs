using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace NewsModel.Fuzz;

/// <summary>
/// The SharpFuzz harness: <c>NewsModel.Fuzz TARGET</c> runs under afl-fuzz, <c>NewsModel.Fuzz TARGET --libfuzzer</c>
/// under libfuzzer-dotnet, and <c>NewsModel.Fuzz TARGET --run PATH...</c> replays files (or every file of a folder)
/// without a fuzzer, printing each failure. See fuzz/README.md.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: NewsModel.Fuzz <parse|json>                   fuzz under afl-fuzz (input on standard input)
               NewsModel.Fuzz <parse|json> --libfuzzer       fuzz under libfuzzer-dotnet
               NewsModel.Fuzz <parse|json> --run PATH...     replay files or folders; exit 1 if any input fails
        """;

    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0], StringComparer.Ordinal))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        string target = args[0];
        string mode = args.Length > 1 ? args[1] : "--afl";
        switch (mode)
        {
            case "--afl" when args.Length == 1:
                // Under afl-fuzz, a fork server that runs the target in a child process it restarts after a crash or
                // a time-out; without afl-fuzz, one run on standard input (an exception escapes: a crash to replay).
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using MemoryStream input = new();
                    stream.CopyTo(input);
                    FuzzTargets.Run(target, input.GetBuffer().AsSpan(0, (int)input.Length));
                });
                return 0;

            case "--libfuzzer" when args.Length == 2:
                if (Environment.GetEnvironmentVariable("__LIBFUZZER_SHM_ID") is null)
                {
                    Console.Error.WriteLine("--libfuzzer runs only under libfuzzer-dotnet; replay an input with --run.");
                    return 2;
                }

                Fuzzer.LibFuzzer.Run(input => FuzzTargets.Run(target, input));
                return 0;

            case "--run" when args.Length > 2:
                return Replay(target, args.Skip(2));

            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static int Replay(string target, IEnumerable<string> paths)
    {
        int failed = 0;
        int total = 0;
        foreach (string file in paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
        {
            total++;
            try
            {
                FuzzTargets.Run(target, File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Replay reports every failure, whatever its type, and goes on with the next file.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                Console.WriteLine($"FAIL {file}");
                Console.WriteLine(e);
                Console.WriteLine();
            }
        }

        Console.WriteLine($"{target}: {total - failed} of {total} inputs passed");
        return failed == 0 ? 0 : 1;
    }
}
