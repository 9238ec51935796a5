using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;

namespace NewsModel.Cli;

/// <summary>The <c>newsmodel</c> command line: argument parsing and exit codes only; the work is in the library.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        // before the heap grows: see HugePages (Linux only; NEWSMODEL_HUGE_PAGES=0 turns it off)
        _ = HugePages.Enable();

        RootCommand root = new("NewsModel: turns news articles into Article JSON (who said what, who is involved, what happened when).");
        root.Subcommands.Add(ParseCommand.Create());

        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in result.Errors)
            {
                await Console.Error.WriteLineAsync($"newsmodel: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Try 'newsmodel parse --help'.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            // Our own handler below prints one line; the default one would print a stack trace.
            return await result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"newsmodel: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            await Console.Error.WriteLineAsync($"newsmodel: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect: one line on standard error, never a stack trace.
            await Console.Error.WriteLineAsync($"newsmodel: internal error ({e.GetType().Name}): {e.Message} Please report it.").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}

/// <summary>The tool's exit codes (see the README).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int InternalError = 3;
}
