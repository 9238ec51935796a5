using System;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Splits the text into paragraphs: runs of lines separated by one or more blank lines (or a U+2029 paragraph
/// separator). Each paragraph span covers its text without the white space around it.
/// </summary>
internal sealed class ParagraphStage : IArticleStage
{
    public void Run(ArticleContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int lineStart = 0;
        bool lineBlank = true;

        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : '\u2029';
            bool lineBreak = c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
            if (!lineBreak)
            {
                if (!char.IsWhiteSpace(c))
                {
                    if (paragraphStart < 0)
                    {
                        paragraphStart = i;
                    }

                    paragraphEnd = i + 1;
                    lineBlank = false;
                }

                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            bool endsParagraph = lineBlank || c == '\u2029';
            if (endsParagraph && paragraphStart >= 0)
            {
                context.Paragraphs.Add(TextSpan.FromBounds(paragraphStart, paragraphEnd));
                paragraphStart = -1;
            }

            lineStart = i + 1;
            lineBlank = true;
        }
    }
}
