using System;
using System.Buffers;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Splits the text into paragraphs: runs of lines separated by one or more blank lines (or a U+2029 paragraph
/// separator). Each paragraph span covers its text without the white space around it.
/// </summary>
/// <remarks>Line by line with a vectorised search for the next line break; linear in the text's length.</remarks>
internal sealed class ParagraphStage : IArticleStage
{
    private static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    public void Run(ArticleContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int i = 0;
        while (true)
        {
            int found = text[i..].IndexOfAny(s_lineBreaks);
            int lineEnd = found < 0 ? text.Length : i + found;
            ReadOnlySpan<char> line = text[i..lineEnd];
            int first = 0;
            while (first < line.Length && char.IsWhiteSpace(line[first]))
            {
                first++;
            }

            bool lineBlank = first == line.Length;
            if (!lineBlank)
            {
                int last = line.Length - 1;
                while (char.IsWhiteSpace(line[last]))
                {
                    last--;
                }

                if (paragraphStart < 0)
                {
                    paragraphStart = i + first;
                }

                paragraphEnd = i + last + 1;
            }

            if (lineEnd == text.Length)
            {
                break;
            }

            char c = text[lineEnd];
            int next = lineEnd + 1;
            if (c == '\r' && next < text.Length && text[next] == '\n')
            {
                next++;
            }

            if ((lineBlank || c == '\u2029') && paragraphStart >= 0)
            {
                context.Paragraphs.Add(TextSpan.FromBounds(paragraphStart, paragraphEnd));
                paragraphStart = -1;
            }

            i = next;
        }

        if (paragraphStart >= 0)
        {
            context.Paragraphs.Add(TextSpan.FromBounds(paragraphStart, paragraphEnd));
        }
    }
}
