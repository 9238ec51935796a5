using System;
using System.IO;
using System.Linq;
using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>The tool's search for the collector's reservation in /proc/self/maps: strict, and nothing outside it.</summary>
public sealed class HugePagesTests
{
    private const long Mb = 1024 * 1024;

    // A heap as the collector lays it out: regions of 1 MB, each partly committed, then the rest of a 47 GB reservation;
    // a thread's stack (its guard page first) and libc after it.
    private static readonly string[] s_maps =
    [
        "55a0c8e00000-55a0c8f00000 r-xp 00000000 fe:00 1234                       /usr/bin/newsmodel",
        "7fe08dd00000-7fe08dd11000 rw-p 00000000 00:00 0 ",
        "7fe08dd11000-7fe08e500000 ---p 00000000 00:00 0 ",
        "7fe08e500000-7fe08e501000 rw-p 00000000 00:00 0 ",
        "7fe08e501000-7fe08e700000 ---p 00000000 00:00 0 ",
        "7fe08e700000-7fe08e711000 rw-p 00000000 00:00 0 ",
        "7fe08e711000-7fe08e800000 ---p 00000000 00:00 0 ",
        "7fe08e800000-7fe08e801000 rw-p 00000000 00:00 0 ",
        "7fe08e801000-7fec52ee8000 ---p 00000000 00:00 0 ",
        "7fec52ee8000-7fec52ee9000 ---p 00000000 00:00 0 ",
        "7fec52ee9000-7fec536e9000 rw-p 00000000 00:00 0 ",
        "7fec536ec000-7fec53712000 r--p 00000000 fe:00 332096                     /usr/lib/x86_64-linux-gnu/libc.so.6",
    ];

    [Fact]
    public void Plan_CollectorLayout_RunsFromTheObjectsBlockToTheBytesPastTheRestsFirstBoundary()
    {
        HugePages.HeapRange? range = HugePages.Plan(s_maps, 0x7fe08e706c70, 64 * Mb);

        range.Should().NotBeNull();
        range!.From.Should().Be(0x7fe08e600000, "the object's own 2 MB block: the inaccessible mapping below covers the rest of it");
        range.To.Should().Be(0x7fe08ea00000 + (64 * Mb), "64 MB past the first 2 MB boundary of the reservation's rest");
        (range.From % HugePages.HugePageBytes).Should().Be(0);
        (range.To % HugePages.HugePageBytes).Should().Be(0);
        range.Touched.Should().Equal([0x7fe08e600000L, 0x7fe08e800000L], "the blocks with pages the collector committed (the regions at 7fe08e700000 and 7fe08e800000)");
    }

    [Fact]
    public void Plan_MappingBelowNotCoveringTheObjectsBlock_StartsAtTheNextBoundary()
    {
        string[] maps = [.. s_maps];
        maps[3] = "7fe08e500000-7fe08e680000 rw-p 00000000 00:00 0 ";
        maps[4] = "7fe08e680000-7fe08e700000 ---p 00000000 00:00 0 ";

        HugePages.Plan(maps, 0x7fe08e706c70, 64 * Mb)!.From.Should().Be(0x7fe08e800000);
    }

    [Fact]
    public void Plan_ReadWriteMappingBelowCoveringTheObjectsBlock_IsTakenAsTouched()
    {
        // the regions at 7fe08e500000 and 7fe08e600000 wholly committed: one read-write mapping up to the object's
        string[] maps = [.. s_maps[..3], "7fe08e500000-7fe08e700000 rw-p 00000000 00:00 0 ", .. s_maps[5..]];

        HugePages.HeapRange range = HugePages.Plan(maps, 0x7fe08e706c70, 64 * Mb)!;

        range.From.Should().Be(0x7fe08e600000);
        range.Touched.Should().Equal(0x7fe08e600000L, 0x7fe08e800000L);
    }

    [Fact]
    public void Plan_FileBelowTheObject_StartsAtTheNextBoundary()
    {
        string[] maps = [.. s_maps];
        maps[4] = "7fe08e501000-7fe08e700000 rw-p 00000000 fe:00 77                         /tmp/file";

        HugePages.Plan(maps, 0x7fe08e706c70, 64 * Mb)!.From.Should().Be(0x7fe08e800000);
    }

    [Fact]
    public void Plan_NeverReachesPastTheReservation()
    {
        HugePages.HeapRange? range = HugePages.Plan(s_maps, 0x7fe08e706c70, 1L << 40);

        range!.To.Should().Be(0x7fec52ee8000, "the end of the reservation, not the stack's guard page after it");
    }

    [Fact]
    public void Plan_ObjectInTheFirstRegion_CoversTheRegionsInUse()
    {
        HugePages.HeapRange range = HugePages.Plan(s_maps, 0x7fe08dd00010, 64 * Mb)!;

        range.From.Should().Be(0x7fe08de00000);
        range.Touched.Should().Equal(0x7fe08e400000L, 0x7fe08e600000L, 0x7fe08e800000L); // the regions at e500000, e700000 and e800000
    }

    [Theory]
    [InlineData(0x55a0c8e00010L)] // in the executable, not in an anonymous read-write mapping
    [InlineData(0x7fe08dd11010L)] // in an inaccessible mapping
    [InlineData(0x7fec52ee9010L)] // in a thread's stack: no large reservation follows
    [InlineData(0x1000L)] // in no mapping
    public void Plan_AnywhereElse_ChangesNothing(long address)
    {
        HugePages.Plan(s_maps, address, 64 * Mb).Should().BeNull();
    }

    [Fact]
    public void Plan_ChainBrokenByAGapOrAFile_ChangesNothing()
    {
        string[] gap = [.. s_maps];
        gap[6] = "7fe08e712000-7fe08e800000 ---p 00000000 00:00 0 "; // a page missing between two mappings
        HugePages.Plan(gap, 0x7fe08e706c70, 64 * Mb).Should().BeNull();

        string[] file = [.. s_maps];
        file[6] = "7fe08e711000-7fe08e800000 rw-p 00000000 fe:00 99                         /tmp/mapped";
        HugePages.Plan(file, 0x7fe08e706c70, 64 * Mb).Should().BeNull();

        string[] named = [.. s_maps];
        named[6] = "7fe08e711000-7fe08e800000 ---p 00000000 00:00 0                          [anon:other]";
        HugePages.Plan(named, 0x7fe08e706c70, 64 * Mb).Should().BeNull();
    }

    [Fact]
    public void Plan_NoLargeReservation_ChangesNothing()
    {
        string[] small = [.. s_maps.Take(8), "7fe08e801000-7fe0ae801000 ---p 00000000 00:00 0 ", "7fe0ae801000-7fe0ae900000 rw-p 00000000 00:00 0 "];

        HugePages.Plan(small, 0x7fe08e706c70, 64 * Mb).Should().BeNull("1 GB is the least taken for the collector's reservation");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a line of maps")]
    [InlineData("7fe08e801000 ---p 00000000 00:00 0")]
    [InlineData("zz-7fe08e801000 ---p 00000000 00:00 0")]
    [InlineData("7fe08e901000-7fe08e801000 ---p 00000000 00:00 0")]
    public void Plan_UnreadableLine_ChangesNothing(string line)
    {
        string[] maps = [.. s_maps];
        maps[4] = line;

        HugePages.Plan(maps, 0x7fe08e706c70, 64 * Mb).Should().BeNull();
    }

    [Fact]
    public void Plan_ThisProcess_IsNullOrInsideOneAnonymousRun()
    {
        // The test host's own heap (CoreCLR): whatever the layout, a range it gives lies in anonymous mappings only.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        object live = new byte[16];
        System.Runtime.InteropServices.GCHandle handle = System.Runtime.InteropServices.GCHandle.Alloc(live, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            string[] maps = File.ReadAllLines("/proc/self/maps");
            if (HugePages.Plan(maps, handle.AddrOfPinnedObject(), 64 * Mb) is not { } range)
            {
                return;
            }

            foreach (string line in maps)
            {
                string[] fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                string[] bounds = fields[0].Split('-');
                long start = Convert.ToInt64(bounds[0], 16);
                long end = Convert.ToInt64(bounds[1], 16);
                if (end > range.From && start < range.To)
                {
                    fields[3].Should().Be("00:00", line);
                    fields[4].Should().Be("0", line);
                    (fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5])).Should().BeTrue(line);
                }
            }
        }
        finally
        {
            handle.Free();
        }
    }
}
