using NewsModel.Extraction.Actors;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Finds the article's actors — people, organisations, countries, places, groups — with their titles,
/// affiliations and every mention (names, pronouns, descriptions), and fills <see cref="ArticleContext.Actors"/>
/// and <see cref="ArticleContext.ActorMentions"/>. See <see cref="ActorRecognizer"/> for the rules.
/// </summary>
internal sealed class ActorStage : IArticleStage
{
    public void Run(ArticleContext context) => ActorRecognizer.Recognize(context.Text, context.Actors, context.ActorMentions);
}
