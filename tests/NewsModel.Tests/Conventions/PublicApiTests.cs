using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using NewsModel.Tests.Support;
using PublicApiGenerator;

namespace NewsModel.Tests.Conventions;

/// <summary>
/// The public API as a reviewed text file per target framework: any change shows up as a diff of
/// <c>PublicApi.{tfm}.approved.txt</c>. On a mismatch the test writes <c>PublicApi.{tfm}.received.txt</c> beside it;
/// review the difference, then replace the approved file with it (and note the change in CHANGELOG.md).
/// </summary>
public sealed class PublicApiTests
{
    private static readonly ApiGeneratorOptions s_options = new() { IncludeAssemblyAttributes = false };

    [Fact]
    public void PublicApi_Net10_MatchesApprovedFile()
    {
        Approve("net10.0", typeof(Article).Assembly.GeneratePublicApi(s_options));
    }

    [Fact]
    public void PublicApi_Net8_MatchesApprovedFile()
    {
        // The net8.0 build of the library, loaded beside the running one (runtime 10 loads net8.0 assemblies).
        string configuration = typeof(PublicApiTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        string path = RepoFiles.PathOf("src", "NewsModel", "bin", configuration, "net8.0", "NewsModel.dll");
        File.Exists(path).Should().BeTrue($"the net8.0 build of the library is expected at {path}");

        AssemblyLoadContext context = new("net8-api", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromAssemblyPath(path);
            Approve("net8.0", assembly.GeneratePublicApi(s_options));
        }
        finally
        {
            context.Unload();
        }
    }

    private static void Approve(string tfm, string api)
    {
        string approved = RepoFiles.PathOf("tests", "NewsModel.Tests", "Conventions", $"PublicApi.{tfm}.approved.txt");
        string received = Path.ChangeExtension(approved, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        string expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : string.Empty;
        api = api.ReplaceLineEndings("\n");
        if (expected != api)
        {
            File.WriteAllText(received, api);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        api.Should().Be(expected, $"the public API changed: review {received} and, if intended, copy it over {approved}");
    }
}
