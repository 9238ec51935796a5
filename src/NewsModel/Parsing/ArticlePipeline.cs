namespace NewsModel.Parsing;

/// <summary>One step of the parse: reads what earlier stages found in the context and adds its own findings.</summary>
/// <remarks>Stages are stateless singletons shared by all threads; per-parse state lives in <see cref="ArticleContext"/>.</remarks>
internal interface IArticleStage
{
    void Run(ArticleContext context);
}

/// <summary>The ordered, immutable list of stages every parse runs (Markdig's pipeline, in small).</summary>
internal static class ArticlePipeline
{
    private static readonly IArticleStage[] s_stages =
    [
        new Stages.ParagraphStage(),
        new Stages.SentenceStage(),
        new Stages.EmbedStage(),
        new Stages.DateStage(),
        new Stages.ActorStage(),
        new Stages.StatementStage(),
        new Stages.EventStage(),
    ];

    public static void Run(ArticleContext context)
    {
        foreach (IArticleStage stage in s_stages)
        {
            stage.Run(context);
        }
    }
}
