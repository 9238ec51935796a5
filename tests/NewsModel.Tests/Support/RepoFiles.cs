using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace NewsModel.Tests.Support;

/// <summary>Paths inside this repository, found from the test source file's own location.</summary>
internal static class RepoFiles
{
    /// <summary>The repository root (the folder holding NewsModel.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (string start in new[] { Path.GetDirectoryName(sourceFile) ?? string.Empty, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("The repository root (NewsModel.sln) was not found.");
    }
}
