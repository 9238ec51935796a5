using System.IO;
using NewsModel.Serialization;
using NewsModel.Tests.Support;

namespace NewsModel.Tests.Specs;

/// <summary>
/// Golden files: the JSON of the articles in samples/, as approved. A change to what the parser finds shows as a
/// diff of <c>Specs/*.golden.json</c>; on a mismatch the test writes <c>*.received.json</c> beside it for review.
/// </summary>
public sealed class GoldenJsonTests
{
    [Theory]
    [InlineData("baltic-grid")]
    public void Sample_ParsesToTheGoldenJson(string name)
    {
        string input = File.ReadAllText(RepoFiles.PathOf("samples", name + ".txt"));
        string json = NewsJson.Serialize(ArticleParser.Parse(input), indented: true).ReplaceLineEndings("\n") + "\n";
        string golden = RepoFiles.PathOf("tests", "NewsModel.Tests", "Specs", name + ".golden.json");
        string received = RepoFiles.PathOf("tests", "NewsModel.Tests", "Specs", name + ".received.json");
        string expected = File.Exists(golden) ? File.ReadAllText(golden).ReplaceLineEndings("\n") : string.Empty;
        if (json != expected)
        {
            File.WriteAllText(received, json);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        json.Should().Be(expected, $"review {received} and, if right, copy it over {golden}");
        NewsJson.Deserialize(expected).Should().Be(ArticleParser.Parse(input));
    }
}
