using System;
using System.IO;

namespace NewsModel.Tests.Support;

/// <summary>
/// Finds files of the read-only <c>shared/</c> folder that sits beside the repository (the seed article, the
/// evaluation sets). They are other people's text: read at run time, never copied into the repository.
/// </summary>
internal static class SharedFiles
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The shared folder, or null when it is not beside the repository.</summary>
    public static string? Root => s_root.Value;

    /// <summary>The full path of <paramref name="relative"/> inside shared/; fails the test when shared/ is missing.</summary>
    public static string PathOf(string relative)
    {
        string root = Root ?? throw new InvalidOperationException(
            "The shared/ folder (spec, corpus, eval) was not found beside the repository; these tests read the seed article from it.");
        return Path.Combine(root, relative);
    }

    public static string ReadAllText(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The seed article, as the wire-format text it is.</summary>
    public static string SeedArticle => ReadAllText(Path.Combine("corpus", "seed-article.txt"));

    private static string? FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "spec", "contract.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
