using System;
using NodaTime;

namespace NewsModel.Extraction.Dates;

/// <summary>Turns a matched <see cref="Spec"/> into a calendar period (see <see cref="TemporalExtractor"/> for the rules).</summary>
internal static class Resolver
{
    /// <summary>Resolves a match; never throws (a period outside NodaTime's calendar range stays unresolved).</summary>
    public static Resolution Resolve(Scanner scanner, Match match, LocalDate? anchor, DateAnchor anchorKind, Reference reference)
    {
        try
        {
            return ResolveCore(scanner, match, anchor, anchorKind, reference);
        }
        catch (ArgumentOutOfRangeException)
        {
            return default;
        }
        catch (OverflowException)
        {
            return default;
        }
    }

    private static Resolution ResolveCore(Scanner scanner, Match match, LocalDate? anchor, DateAnchor anchorKind, Reference reference)
    {
        Spec s = match.Spec;
        switch (s.Form)
        {
            case Form.Date:
                return Day(new LocalDate(s.Year, s.Month, s.Day), DateAnchor.None);
            case Form.MonthYear:
                return Month(s.Year, s.Month, DateAnchor.None);
            case Form.Year:
                return Year(s.Year, DateAnchor.None);
            case Form.Decade:
                return Decade(s.Year, DateAnchor.None);
            case Form.Quarter when s.Year != 0:
                return Quarter(s.Year, s.Number, DateAnchor.None);
            case Form.Half when s.Year != 0:
                return Half(s.Year, s.Number, DateAnchor.None);
            case Form.Season when s.Year != 0:
                return Season(s.Year, s.Number, DateAnchor.None);
            case Form.Vague:
                return default;
        }

        if (anchor is not LocalDate a)
        {
            return default;
        }

        switch (s.Form)
        {
            case Form.MonthDay:
                {
                    LocalDate? date = PickYear(a, s.Month, s.Day, 0);

                    return date is LocalDate d ? Day(d, anchorKind) : default;
                }

            case Form.Holiday:
                {
                    int tense = scanner.Tense(match.First, match.Last);
                    LocalDate? date = s.Day == 0 ? PickThanksgiving(a, tense) : PickYear(a, s.Month, s.Day, tense);
                    return date is LocalDate d ? Day(d, anchorKind) : default;
                }

            case Form.MonthInYear:
                return Month(a.Year + s.Offset, s.Month, anchorKind);
            case Form.Month:
                return Month(MonthYear(a, s.Month, s.Rel), s.Month, anchorKind);
            case Form.DecadeShort:
                {
                    int decade = (a.Year / 100 * 100) + s.Number;
                    return Decade(decade > a.Year ? decade - 100 : decade, anchorKind);
                }

            case Form.Quarter:
                {
                    if (s.Offset != 0)
                    {
                        return Quarter(a.Year + s.Offset, s.Number, anchorKind);
                    }

                    int current = ((a.Month - 1) / 3) + 1;
                    int year = a.Year;
                    if (s.Number - current >= 2 && scanner.Tense(match.First, match.Last) <= 0)
                    {
                        year--;
                    }

                    return Quarter(year, s.Number, anchorKind);
                }

            case Form.QuarterRef:
                return ResolveQuarterRef(s, a, anchorKind, reference);
            case Form.YearShift:
                {
                    if (s.Number == 1 && !reference.LastQuarter.IsKnown)
                    {
                        // "the year-ago quarter" with no quarter named before: the last full quarter, a year back.
                        int quarter = ((a.Month - 1) / 3) + 1;
                        return quarter == 1 ? Quarter(a.Year - 2, 4, anchorKind) : Quarter(a.Year - 1, quarter - 1, anchorKind);
                    }

                    if (reference.Last.IsKnown && (reference.Last.Precision == DatePrecision.Quarter || (s.Earlier && s.Number == 0)))
                    {
                        return YearBefore(reference.Last);
                    }

                    if (reference.LastQuarter.IsKnown)
                    {
                        return YearBefore(reference.LastQuarter);
                    }

                    return Year(a.Year - 1, anchorKind);
                }

            case Form.Half:
                return Half(a.Year, s.Number, anchorKind);
            case Form.Season:
                return ResolveSeason(s, a, anchorKind, scanner, match);
            case Form.Weekday:
                return Day(ResolveWeekday(s, a, scanner, match), anchorKind);
            case Form.Weekend:
                {
                    LocalDate saturday = Monday(a).PlusDays(5);
                    if (s.Rel == Rel.Last)
                    {
                        saturday = saturday.PlusDays(-7);
                    }
                    else if (s.Rel == Rel.Next)
                    {
                        saturday = saturday.PlusDays(7);
                    }
                    else if (s.Rel == Rel.None && saturday > a && scanner.Tense(match.First, match.Last) <= 0)
                    {
                        saturday = saturday.PlusDays(-7);
                    }

                    return new Resolution(saturday, saturday.PlusDays(1), DatePrecision.Day, anchorKind);
                }

            case Form.DayOffset:
                return Day(a.PlusDays(s.Offset), anchorKind);
            case Form.UnitOffset:
                return s.Ago && s.Unit == DateUnit.Decade ? Year(a.Year + (10 * s.Offset), anchorKind) : ResolveUnitOffset(s.Unit, s.Offset, a, anchorKind);
            default:
                return default;
        }
    }

    private static Resolution ResolveQuarterRef(Spec s, LocalDate a, DateAnchor anchorKind, Reference reference)
    {
        if (reference.LastQuarter.IsKnown && !s.Current)
        {
            LocalDate start = reference.LastQuarter.Start;
            int year = s.Year != 0 ? s.Year : start.Year + s.Offset;
            return Quarter(year, ((start.Month - 1) / 3) + 1, DateAnchor.Text);
        }

        if (s.Year != 0)
        {
            return s.Number == -1 ? Year(s.Year, DateAnchor.None) : default;
        }

        if (s.Number == -1)
        {
            // "the period" names a quarter only where one was named before.
            return default;
        }

        int quarter = ((a.Month - 1) / 3) + 1;
        int y = a.Year + s.Offset;
        if (!s.Current)
        {
            quarter--;
            if (quarter == 0)
            {
                quarter = 4;
                y--;
            }
        }

        return Quarter(y, quarter, anchorKind);
    }

    private static Resolution ResolveUnitOffset(DateUnit unit, int offset, LocalDate a, DateAnchor anchorKind)
    {
        switch (unit)
        {
            case DateUnit.Day:
                return Day(a.PlusDays(offset), anchorKind);
            case DateUnit.Week:
                {
                    LocalDate monday = Monday(a).PlusDays(7 * offset);
                    return new Resolution(monday, monday.PlusDays(6), DatePrecision.Week, anchorKind);
                }

            case DateUnit.Month:
                {
                    LocalDate first = new LocalDate(a.Year, a.Month, 1).PlusMonths(offset);
                    return Month(first.Year, first.Month, anchorKind);
                }

            case DateUnit.Quarter:
                {
                    LocalDate first = new LocalDate(a.Year, (((a.Month - 1) / 3) * 3) + 1, 1).PlusMonths(3 * offset);
                    return Quarter(first.Year, ((first.Month - 1) / 3) + 1, anchorKind);
                }

            case DateUnit.Year:
                return Year(a.Year + offset, anchorKind);
            case DateUnit.Decade:
                return Decade((a.Year / 10 * 10) + (10 * offset), anchorKind);
            default:
                return default;
        }
    }

    private static LocalDate ResolveWeekday(Spec s, LocalDate a, Scanner scanner, Match match)
    {
        int today = (int)a.DayOfWeek;
        int back = (today - s.Number + 7) % 7;
        int ahead = (s.Number - today + 7) % 7;
        switch (s.Rel)
        {
            case Rel.Last:
                return a.PlusDays(back == 0 ? -7 : -back);
            case Rel.Next:
                return a.PlusDays(ahead == 0 ? 7 : ahead);
            default:
                return scanner.Tense(match.First, match.Last) > 0 ? a.PlusDays(ahead) : a.PlusDays(-back);
        }
    }

    private static Resolution ResolveSeason(Spec s, LocalDate a, DateAnchor anchorKind, Scanner scanner, Match match)
    {
        // Occurrences that start in a.Year - 2 .. a.Year + 1, in order.
        Resolution chosen = default;
        for (int year = a.Year - 2; year <= a.Year + 1; year++)
        {
            Resolution r = Season(year, s.Number, anchorKind);
            bool pick = s.Rel switch
            {
                Rel.Last => r.End < a,
                Rel.Next => r.Start > a && !chosen.IsKnown,
                Rel.This => r.Start <= a ? (r.End >= a || r.Start.Year == a.Year) : !chosen.IsKnown && r.Start.Year == a.Year,
                _ => scanner.Tense(match.First, match.Last) > 0 ? r.End >= a && !chosen.IsKnown : r.Start <= a,
            };
            if (pick)
            {
                chosen = r;
            }
        }

        return chosen;
    }

    /// <summary>The year of a month named without one: last/next look strictly back/ahead; otherwise the nearest (within six months).</summary>
    private static int MonthYear(LocalDate a, int month, Rel rel) => rel switch
    {
        Rel.Last => month < a.Month ? a.Year : a.Year - 1,
        Rel.Next => month > a.Month ? a.Year : a.Year + 1,
        Rel.This => a.Year,
        _ => Math.Abs(month - a.Month) <= 6 ? a.Year : (month > a.Month ? a.Year - 1 : a.Year + 1),
    };

    private static LocalDate? PickYear(LocalDate a, int month, int day, int tense)
    {
        LocalDate? best = null;
        for (int year = a.Year - 1; year <= a.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new LocalDate(year, month, day);
            best = Better(best, candidate, a, tense);
        }

        return best;
    }

    private static LocalDate? PickThanksgiving(LocalDate a, int tense)
    {
        LocalDate? best = null;
        for (int year = a.Year - 1; year <= a.Year + 1; year++)
        {
            var first = new LocalDate(year, 11, 1);
            int toThursday = ((int)IsoDayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
            best = Better(best, first.PlusDays(toThursday + 21), a, tense);
        }

        return best;
    }

    /// <summary>Future: the first candidate on or after the anchor; past: the last on or before; no cue: the nearest.</summary>
    private static LocalDate? Better(LocalDate? best, LocalDate candidate, LocalDate a, int tense)
    {
        if (tense > 0)
        {
            return candidate >= a && (best is null || candidate < best.Value) ? candidate : best;
        }

        if (tense < 0)
        {
            return candidate <= a && (best is null || candidate > best.Value) ? candidate : best;
        }

        if (best is null)
        {
            return candidate;
        }

        long distance = Math.Abs(Period.Between(a, candidate, PeriodUnits.Days).Days);
        long bestDistance = Math.Abs(Period.Between(a, best.Value, PeriodUnits.Days).Days);
        return distance < bestDistance ? candidate : best;
    }

    private static Resolution YearBefore(Resolution r)
    {
        if (r.Precision == DatePrecision.Week)
        {
            LocalDate monday = Monday(r.Start.PlusYears(-1));
            return new Resolution(monday, monday.PlusDays(6), DatePrecision.Week, DateAnchor.Text);
        }

        return new Resolution(r.Start.PlusYears(-1), r.End.PlusYears(-1), r.Precision, DateAnchor.Text);
    }

    private static LocalDate Monday(LocalDate d) => d.PlusDays(1 - (int)d.DayOfWeek);

    private static Resolution Day(LocalDate d, DateAnchor anchor) => new(d, d, DatePrecision.Day, anchor);

    private static Resolution Month(int year, int month, DateAnchor anchor)
    {
        var first = new LocalDate(year, month, 1);
        return new Resolution(first, first.PlusMonths(1).PlusDays(-1), DatePrecision.Month, anchor);
    }

    private static Resolution Quarter(int year, int quarter, DateAnchor anchor)
    {
        var first = new LocalDate(year, (3 * quarter) - 2, 1);
        return new Resolution(first, first.PlusMonths(3).PlusDays(-1), DatePrecision.Quarter, anchor);
    }

    /// <summary>A half year, given <see cref="DatePrecision.Quarter"/> (the nearest precision there is): six months from January or July.</summary>
    private static Resolution Half(int year, int half, DateAnchor anchor)
    {
        var first = new LocalDate(year, half == 1 ? 1 : 7, 1);
        return new Resolution(first, first.PlusMonths(6).PlusDays(-1), DatePrecision.Quarter, anchor);
    }

    /// <summary>A meteorological season (northern hemisphere), given <see cref="DatePrecision.Quarter"/>: three months from March, June, September or December.</summary>
    private static Resolution Season(int year, int firstMonth, DateAnchor anchor)
    {
        var first = new LocalDate(year, firstMonth, 1);
        return new Resolution(first, first.PlusMonths(3).PlusDays(-1), DatePrecision.Quarter, anchor);
    }

    private static Resolution Year(int year, DateAnchor anchor) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year, anchor);

    private static Resolution Decade(int year, DateAnchor anchor) => new(new LocalDate(year, 1, 1), new LocalDate(year + 9, 12, 31), DatePrecision.Decade, anchor);
}
