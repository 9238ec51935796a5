using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace NewsModel.Cli;

/// <summary>
/// Backs the garbage collector's heap with transparent huge pages (2 MB) on Linux, so that the memory a run touches
/// for the first time costs one page fault per 2 MB rather than one per 4 KB.
/// </summary>
/// <remarks>
/// <para>
/// Why: a page fault costs about 11 µs on the virtual machines the tool is measured on (touching 64 MB page by page
/// takes 0.2 s there, and 17 ms with huge pages), and a batch run of PolNeAR train x4 took 5,600 of them, nine in ten
/// for the collector's heap as it grows to its working size; a one-article run took 2,900. With this, they are
/// 1,400–1,600 and about 1,100: a one-article run takes 40 ms instead of 56 and a batch 6% less time (medians, 2 cores).
/// </para>
/// <para>
/// How: most Linux systems give huge pages only to memory that asks for them (<c>madvise</c> mode), and only where a
/// whole aligned 2 MB block is mapped read-write at the first touch. The collector reserves its heap as one large
/// inaccessible range and makes it accessible 64 KB at a time, just before it uses each piece, so neither holds. At
/// start-up the tool therefore finds that reservation in <c>/proc/self/maps</c> (the large inaccessible mapping that
/// continues the block holding a fresh object), makes its first <see cref="ReservedBytes"/> accessible at once and asks
/// for huge pages there (<c>mprotect</c>, <c>madvise(MADV_HUGEPAGE)</c>, and <c>MADV_DODUMP</c>, which the collector
/// sets on what it commits: the same flags keep the range one mapping). This uses no memory until it is touched; the
/// collector's own commits there then change nothing, and its decommits still return memory. A 2 MB block in which
/// the collector had touched pages before gets no huge page at a fault; those few blocks are gathered into huge pages
/// at once (<c>MADV_COLLAPSE</c>, Linux 6.1 and later). The resident size of a batch run grows by 4–5 MB (pages are 2 MB).
/// Where memory is too fragmented for a free 2 MB page, the kernel compacts memory or falls back to 4 KB pages, as its
/// <c>transparent_hugepage/defrag</c> setting says for memory that asks for huge pages.
/// </para>
/// <para>
/// When the layout is not the one expected (another runtime, other collector settings, another system), nothing is
/// changed: the check is strict, and a failure of any step leaves the rest as it is. It is done only on 64-bit Linux
/// with 4 KB pages when huge pages are not disabled, and <c>NEWSMODEL_HUGE_PAGES=0</c> turns it off. The library itself
/// never does this: it is the tool's choice for its own process.
/// </para>
/// </remarks>
internal static class HugePages
{
    /// <summary>The environment variable that turns the huge pages off when it is <c>0</c>.</summary>
    public const string Variable = "NEWSMODEL_HUGE_PAGES";

    /// <summary>How much of the collector's reservation, past what it has already used, is asked for as huge pages.</summary>
    public const long ReservedBytes = 64L * 1024 * 1024;

    /// <summary>The size of a huge page (x64 and arm64 with 4 KB pages).</summary>
    public const long HugePageBytes = 2L * 1024 * 1024;

    /// <summary>The smallest inaccessible mapping taken for the collector's reservation (it reserves hundreds of gigabytes).</summary>
    public const long MinReservation = 1L << 30;

    private const int ProtReadWrite = 0x3;
    private const int MadvHugePage = 14;
    private const int MadvDoDump = 17;
    private const int MadvCollapse = 25;

    /// <summary>Asks for huge pages for the heap when this system and runtime allow it; does nothing otherwise.</summary>
    /// <returns>The range changed, or null when nothing was.</returns>
    public static HeapRange? Enable()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess || Environment.SystemPageSize != 4096
            || Environment.GetEnvironmentVariable(Variable) == "0" || !Available())
        {
            return null;
        }

        try
        {
            byte[] probe = new byte[16];
            GCHandle handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            long address;
            try
            {
                address = handle.AddrOfPinnedObject();
            }
            finally
            {
                handle.Free();
            }

            if (Plan(File.ReadLines("/proc/self/maps"), address, ReservedBytes) is not { } range)
            {
                return null;
            }

            nuint length = (nuint)(range.To - range.From);
            if (Mprotect((nint)range.From, length, ProtReadWrite) != 0)
            {
                return null;
            }

            _ = Madvise((nint)range.From, length, MadvDoDump);
            if (Madvise((nint)range.From, length, MadvHugePage) != 0)
            {
                return null;
            }

            // the blocks the collector has touched pages of already get no huge page at a fault: gather them into one
            // now (Linux 6.1 and later; an older kernel refuses, and they stay as they are)
            foreach (long block in range.Touched)
            {
                _ = Madvise((nint)block, (nuint)HugePageBytes, MadvCollapse);
            }

            return range;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The range to make accessible and back with huge pages, from the lines of <c>/proc/self/maps</c> and the address of
    /// a live object; null when the layout is not the collector's as expected.
    /// </summary>
    /// <remarks>
    /// The object's mapping must be anonymous and read-write, and be followed, through contiguous anonymous mappings
    /// that are each read-write or inaccessible (the regions in use and the gaps between them), by an inaccessible
    /// anonymous mapping of at least <see cref="MinReservation"/>: the rest of the reservation. The range runs from
    /// the start of the object's 2 MB block (when the mapping right below the object's covers the rest of that block
    /// and is anonymous, contiguous, and read-write or inaccessible; else from the next 2 MB boundary) to
    /// <paramref name="bytes"/> past the first 2 MB boundary in that rest (no further than its end). Its blocks that
    /// hold read-write pages already are listed in <see cref="HeapRange.Touched"/>.
    /// </remarks>
    internal static HeapRange? Plan(IEnumerable<string> maps, long address, long bytes)
    {
        bool found = false;
        long chainStart = 0;
        long chainEnd = 0;
        (long Start, long End, string Permissions, bool Anonymous)? before = null;
        List<(long Start, long End)> readWrite = [];
        foreach (string line in maps)
        {
            if (Parse(line) is not { } map)
            {
                return null;
            }

            if (!found)
            {
                if (address < map.Start || address >= map.End)
                {
                    before = map;
                    continue;
                }

                if (!map.Anonymous || map.Permissions != "rw-p")
                {
                    return null;
                }

                found = true;
                (chainStart, chainEnd) = (map.Start, map.End);
                readWrite.Add((map.Start, map.End));

                // The object's own 2 MB block, when the mapping just before it covers the rest of the block below it
                // and is of the same kind: inaccessible, or read-write (no change then). No guard page can be there
                // (a stack's guard lies right below its stack, and the object's mapping is no stack).
                long blockStart = chainStart & ~(HugePageBytes - 1);
                if (blockStart < chainStart && before is { } below && below.Anonymous && below.End == chainStart
                    && below.Start <= blockStart && below.Permissions is "rw-p" or "---p")
                {
                    chainStart = blockStart;
                    if (below.Permissions == "rw-p")
                    {
                        readWrite.Add((below.Start, below.End));
                    }
                }

                continue;
            }

            if (!map.Anonymous || map.Start != chainEnd || map.Permissions is not ("rw-p" or "---p"))
            {
                return null;
            }

            if (map.Permissions == "---p" && map.End - map.Start >= MinReservation)
            {
                long from = AlignUp(chainStart);
                long to = Math.Min(map.End, AlignUp(map.Start) + bytes);
                if (to - from < HugePageBytes)
                {
                    return null;
                }

                List<long> touched = [];
                for (long block = from; block + HugePageBytes <= to; block += HugePageBytes)
                {
                    foreach ((long start, long end) in readWrite)
                    {
                        if (start < block + HugePageBytes && end > block)
                        {
                            touched.Add(block);
                            break;
                        }
                    }
                }

                return new HeapRange(from, to, [.. touched]);
            }

            if (map.Permissions == "rw-p")
            {
                readWrite.Add((map.Start, map.End));
            }

            chainEnd = map.End;
        }

        return null;
    }

    /// <summary>Whether the system gives transparent huge pages at all (its setting is not <c>[never]</c>).</summary>
    private static bool Available()
    {
        try
        {
            string setting = File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled");
            return setting.Contains("[always]", StringComparison.Ordinal) || setting.Contains("[madvise]", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long AlignUp(long address) => (address + HugePageBytes - 1) & ~(HugePageBytes - 1);

    /// <summary>One line of <c>/proc/self/maps</c>: <c>start-end perms offset dev inode [path]</c>; null when it is not one.</summary>
    private static (long Start, long End, string Permissions, bool Anonymous)? Parse(string line)
    {
        string[] fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5)
        {
            return null;
        }

        int dash = fields[0].IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0
            || !long.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long start)
            || !long.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long end)
            || end <= start)
        {
            return null;
        }

        // anonymous: no path, and no device or inode behind it
        bool anonymous = (fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5])) && fields[3] == "00:00" && fields[4] == "0";
        return (start, end, fields[1], anonymous);
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);

    [DllImport("libc", EntryPoint = "mprotect")]
    private static extern int Mprotect(nint address, nuint length, int protection);

    /// <summary>A range of the collector's reservation given huge pages.</summary>
    /// <param name="From">Its first byte (on a 2 MB boundary).</param>
    /// <param name="To">The byte after its last (on a 2 MB boundary, or the reservation's end).</param>
    /// <param name="Touched">The 2 MB blocks in it that held read-write pages before (gathered into huge pages).</param>
    internal sealed record HeapRange(long From, long To, long[] Touched);
}
