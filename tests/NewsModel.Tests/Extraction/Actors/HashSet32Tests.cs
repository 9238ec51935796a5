using System;
using System.Collections.Generic;
using NewsModel.Extraction.Actors;

namespace NewsModel.Tests.Extraction.Actors;

public class HashSet32Tests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AddContainsClear_BehaveLikeHashSet(int seed)
    {
        var random = new Random(seed);
        var set = new HashSet32();
        for (int round = 0; round < 3; round++)
        {
            var expected = new HashSet<int>();
            int n = random.Next(0, 5000);
            for (int i = 0; i < n; i++)
            {
                // Small values collide often; 0, -1 and int.MinValue are ordinary keys.
                int value = random.Next(4) switch { 0 => random.Next(-50, 50), 1 => int.MinValue + random.Next(3), _ => random.Next() };
                set.Add(value).Should().Be(expected.Add(value));
            }

            set.Count.Should().Be(expected.Count);
            for (int i = 0; i < 2000; i++)
            {
                int probe = random.Next(-100, 100) + (random.Next(2) == 0 ? 0 : random.Next());
                set.Contains(probe).Should().Be(expected.Contains(probe));
            }

            foreach (int value in expected)
            {
                set.Contains(value).Should().BeTrue();
            }

            set.Clear(maxRetained: round == 1 ? 256 : 1 << 16);
            set.Count.Should().Be(0);
            set.Contains(expected.Count > 0 ? new List<int>(expected)[0] : 7).Should().BeFalse();
        }
    }
}
