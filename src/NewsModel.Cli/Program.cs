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
            return await result.InvokeAsync().ConfigureAwait(false);
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
    }
}

/// <summary>The tool's exit codes (see the README).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}
