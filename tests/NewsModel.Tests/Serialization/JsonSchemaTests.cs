using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using Json.Schema;
using NewsModel.Serialization;
using NewsModel.Tests.Support;

namespace NewsModel.Tests.Serialization;

/// <summary>The shipped JSON Schema (schema/article.schema.json) describes what NewsJson writes.</summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonSchema s_schema = JsonSchema.FromFile(RepoFiles.PathOf("schema", "article.schema.json"));

    private static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return s_schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Fact]
    public void Schema_AcceptsEverySerializedArticle()
    {
        ArticleGen.Article.Sample(
            article =>
            {
                EvaluationResults results = Evaluate(NewsJson.Serialize(article));
                results.IsValid.Should().BeTrue(string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
            },
            iter: 100);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":2,\"text\":\"a\"}")]
    [InlineData("{\"schemaVersion\":1}")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"a\",\"paragraphs\":[{\"start\":-1,\"length\":0}]}")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"a\",\"actors\":[{\"id\":\"a\",\"kind\":\"robot\",\"name\":\"R\"}]}")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"a\",\"date\":\"15.12.2025\"}")]
    public void Schema_RejectsWhatTheReaderRejects(string json)
    {
        Evaluate(json).IsValid.Should().BeFalse();
        Assert.Throws<NewsJsonException>(() => NewsJson.Deserialize(json));
    }

    [Fact]
    public void Schema_IsShippedInThePackage()
    {
        File.ReadAllText(RepoFiles.PathOf("src", "NewsModel", "NewsModel.csproj")).Should().Contain("article.schema.json");
    }
}
