using NewsModel.Text;

namespace NewsModel.Parsing.Stages;

/// <summary>Splits each paragraph into sentences with <see cref="SentenceSplitter"/>; a paragraph break always ends a sentence.</summary>
internal sealed class SentenceStage : IArticleStage
{
    public void Run(ArticleContext context)
    {
        foreach (TextSpan paragraph in context.Paragraphs)
        {
            foreach (TextSpan sentence in SentenceSplitter.Split(paragraph.Slice(context.Text)))
            {
                context.Sentences.Add(new TextSpan(paragraph.Start + sentence.Start, sentence.Length));
            }
        }
    }
}
