using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public class WordTableTests
{
    // Short words over a small alphabet collide often (same length, same first character, same hash slot); long
    // words skip the first-character filter; the empty word and non-ASCII characters are ordinary keys.
    private static readonly Gen<string> s_word = Gen.OneOf(
        Gen.String[Gen.Char["abAB\u2019é"], 0, 4],
        Gen.String[Gen.Char.AlphaNumeric, 1, 12],
        Gen.String[Gen.Char["xy"], WordTable<int>.MaskedLengths - 2, WordTable<int>.MaskedLengths + 3]);

    [Fact]
    public void Lookups_AgreeWithADictionary()
    {
        Gen.Select(s_word.HashSet[0, 300], s_word.Array[0, 100]).Sample(
            (keys, probes) =>
            {
                Dictionary<string, int> expected = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
                WordTable<int> table = new(expected);
                table.Count.Should().Be(expected.Count);
                foreach (string word in keys.Concat(probes))
                {
                    bool found = table.TryGetValue(word.AsSpan(), out int value);
                    found.Should().Be(expected.TryGetValue(word, out int want), word);
                    value.Should().Be(found ? want : 0);
                    table.ContainsKey(word.AsSpan()).Should().Be(found);
                    if (word.Length > 0)
                    {
                        // a span inside a longer string, and a different case, are looked up by their characters only
                        table.ContainsKey(("<" + word + ">").AsSpan(1, word.Length)).Should().Be(found);
                        string upper = word.ToUpperInvariant();
                        table.ContainsKey(upper.AsSpan()).Should().Be(expected.ContainsKey(upper));
                    }
                }
            },
            iter: 300);
    }

    [Fact]
    public void ADuplicateWord_IsRefused()
    {
        Action build = () => _ = new WordTable<int>([new("said", 1), new("Said", 2), new("said", 3)]);
        build.Should().Throw<ArgumentException>().WithMessage("The word 'said' comes twice.*");
    }
}
