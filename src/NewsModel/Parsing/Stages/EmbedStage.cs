using System;
using System.Collections.Generic;
using NewsModel.Extraction.Embeds;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Finds social-media posts pasted into the text, as copied from a web page: the post's words (possibly cut off
/// with <c>…</c>), its links (<c>pic.twitter.com/…</c>), then the footer <c>— Display Name (@Handle) Month D, YYYY</c>.
/// </summary>
/// <remarks>
/// A post is a paragraph that ends with such a footer; the embed's span runs from the paragraph's start to the end of
/// the footer's date. Each post also becomes a <see cref="StatementKind.Post"/> statement whose span covers the words
/// of the post (without links, footer or the truncation mark) and whose speaker mention is the display name.
/// </remarks>
internal sealed class EmbedStage : IArticleStage
{
    public void Run(ArticleContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        List<string> links = [];
        foreach (TextSpan paragraph in context.Paragraphs)
        {
            if (!PostFooter.TryFindLast(text, paragraph.Start, paragraph.End, out PostFooter footer))
            {
                continue;
            }

            links.Clear();
            int firstLink = FindLinks(text, paragraph.Start, footer.DashStart, links);
            int contentEnd = TrimEnd(text, paragraph.Start, firstLink >= 0 ? firstLink : footer.DashStart);
            bool truncated = EndsWithEllipsis(text, paragraph.Start, ref contentEnd);
            contentEnd = TrimEnd(text, paragraph.Start, contentEnd);

            string platform = PlatformOf(links);
            TextSpan span = TextSpan.FromBounds(paragraph.Start, footer.End);
            context.Embeds.Add(new Embed(
                EmbedKind.Post,
                platform,
                span,
                footer.Author.ToString(context.Text),
                footer.Handle.ToString(context.Text),
                footer.Date,
                ValueArray.From(links),
                truncated));

            if (contentEnd > paragraph.Start)
            {
                TextSpan words = TextSpan.FromBounds(paragraph.Start, contentEnd);
                context.Statements.Add(new Statement(
                    ItemIds.Statement(context.Statements.Count + 1),
                    StatementKind.Post,
                    words.ToString(context.Text),
                    words,
                    speakerId: null,
                    speakerSpan: AuthorMention(text, footer.Author),
                    cue: null,
                    channel: platform == "x" ? "X" : platform,
                    date: footer.Date));
            }
        }
    }

    /// <summary>The display name's first form: <c>Volodymyr Zelenskyy</c> of <c>Volodymyr Zelenskyy / Володимир Зеленський</c>.</summary>
    private static TextSpan AuthorMention(ReadOnlySpan<char> text, TextSpan author)
    {
        ReadOnlySpan<char> name = author.Slice(text);
        int slash = name.IndexOf(" / ", StringComparison.Ordinal);
        return slash > 0 ? new TextSpan(author.Start, slash) : author;
    }

    /// <summary>Adds the links in [start, end) to <paramref name="links"/>; returns the first one's offset, or -1.</summary>
    private static int FindLinks(ReadOnlySpan<char> text, int start, int end, List<string> links)
    {
        int first = -1;
        int i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int wordStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            ReadOnlySpan<char> word = text[wordStart..i];
            if (LooksLikeLink(word))
            {
                int wordEnd = i;
                while (wordEnd > wordStart && text[wordEnd - 1] is '.' or ',' or ';' or ':' or ')' or '”' or '"')
                {
                    wordEnd--;
                }

                links.Add(text[wordStart..wordEnd].ToString());
                if (first < 0)
                {
                    first = wordStart;
                }
            }
        }

        return first;
    }

    private static bool LooksLikeLink(ReadOnlySpan<char> word) =>
        word.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("pic.twitter.com/", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("t.co/", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static string PlatformOf(List<string> links)
    {
        foreach (string link in links)
        {
            if (link.Contains("instagram.com", StringComparison.OrdinalIgnoreCase))
            {
                return "instagram";
            }

            if (link.Contains("facebook.com", StringComparison.OrdinalIgnoreCase))
            {
                return "facebook";
            }

            if (link.Contains("t.me/", StringComparison.OrdinalIgnoreCase))
            {
                return "telegram";
            }
        }

        // The (@Handle) Month D, YYYY footer is X's (formerly Twitter's) embed layout.
        return "x";
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool EndsWithEllipsis(ReadOnlySpan<char> text, int start, ref int end)
    {
        if (end > start && text[end - 1] == '…')
        {
            end--;
            return true;
        }

        if (end - start >= 3 && text.Slice(end - 3, 3).SequenceEqual("..."))
        {
            end -= 3;
            return true;
        }

        return false;
    }
}
