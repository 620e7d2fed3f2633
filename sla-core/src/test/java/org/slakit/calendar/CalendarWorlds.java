package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of random, valid calendar definitions ("worlds") and of instants, amounts and dates
 * that land on their interesting places: window boundaries, DST days, holidays, closures.
 */
final class CalendarWorlds {

    static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Europe/Berlin",
            "Australia/Lord_Howe", "America/Santiago", "Asia/Shanghai", "UTC", "Asia/Hong_Kong", "Pacific/Chatham",
            "America/Havana", "Asia/Tehran");

    /** Days around the base date inside which instants and dated rules fall. */
    static final int REGION_DAYS = 28;

    /**
     * A definition with both implementations of it, and the dates where its instants fall.
     *
     * @param def  the definition
     * @param base  the first date of the region
     * @param dstDate  the date of a zone transition inside the region, or null
     */
    record World(CalendarDefinition def, LocalDate base, LocalDate dstDate, BusinessCalendar cal, ReferenceCalendar ref) {
        ZoneId zone() {
            return def.zone();
        }

        boolean hasOvernight() {
            for (DayOfWeek d : DayOfWeek.values()) {
                for (String w : def.hours(d)) {
                    String[] p = w.split("-");
                    if (!p[1].equals("24:00") && p[1].compareTo(p[0]) <= 0 && !p[1].startsWith("00:00")) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return def + " (region from " + base + (dstDate != null ? ", transition on " + dstDate : "") + ")";
        }
    }

    private CalendarWorlds() {
    }

    // ----- windows -----

    static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    static Arbitrary<List<String>> dayWindows() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.just(List.of())),
                Tuple.of(12, Arbitraries.just(List.of("09:00-18:00"))),
                Tuple.of(12, Arbitraries.just(List.of("09:00-12:00", "13:30-18:00"))),
                Tuple.of(4, Arbitraries.just(List.of("10:00-12:00", "13:30-18:00"))),
                Tuple.of(4, Arbitraries.just(List.of("00:00-24:00"))),
                Tuple.of(3, Arbitraries.just(List.of("12:00-00:00"))),
                Tuple.of(3, Arbitraries.just(List.of("08:00-20:00", "20:00-02:00"))),
                Tuple.of(2, Arbitraries.just(List.of("04:00-23:00", "23:00-04:00"))),
                Tuple.of(2, Arbitraries.just(List.of("06:00-23:00", "23:00-07:00"))),
                Tuple.of(2, Arbitraries.just(List.of("08:30:15-17:45:30"))),
                Tuple.of(2, Arbitraries.just(List.of("00:00-02:30", "03:00-05:00"))),
                Tuple.of(2, Arbitraries.just(List.of("01:00-03:00"))),
                Tuple.of(2, Arbitraries.just(List.of("08:00-12:00", "12:00-13:00"))),
                Tuple.of(8, overnightWindow().map(List::of)),
                Tuple.of(15, randomWindows()));
    }

    private static Arbitrary<String> overnightWindow() {
        return Combinators.combine(Arbitraries.integers().between(18 * 4, 23 * 4 + 3), Arbitraries.integers().between(1, 24))
                .as((s, e) -> hhmm(s * 15) + "-" + hhmm(e * 15));
    }

    /** One to three windows on a quarter-hour grid, the last one sometimes crossing midnight. */
    private static Arbitrary<List<String>> randomWindows() {
        Arbitrary<TreeSet<Integer>> points = Arbitraries.integers().between(0, 96).set().ofMinSize(2).ofMaxSize(6)
                .map(TreeSet::new);
        return Combinators.combine(points, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 95))
                .as((set, overnight, wrapTo) -> {
                    List<Integer> p = new ArrayList<>(set);
                    if (p.size() % 2 == 1) {
                        p.remove(p.size() - 1);
                    }
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < p.size(); i += 2) {
                        int start = p.get(i);
                        int end = p.get(i + 1);
                        boolean last = i + 2 == p.size();
                        if (last && overnight == 0 && wrapTo < p.get(0)) {
                            end = wrapTo; // crosses midnight and ends before this day's first window
                        }
                        out.add(hhmm(start * 15) + "-" + (end == 96 ? "24:00" : hhmm(end * 15)));
                    }
                    return out;
                });
    }

    private static Arbitrary<String> closureWindow() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("12:00-14:00", "09:00-10:30", "17:00-02:00", "00:00-24:00", "11:00-11:30",
                        "01:30-02:30", "13:00-18:00", "00:00-01:00")),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(0, 94), Arbitraries.integers().between(1, 16))
                        .as((s, len) -> hhmm(s * 15) + "-" + (s + len >= 96 ? "24:00" : hhmm((s + len) * 15)))));
    }

    // ----- worlds -----

    static Arbitrary<Map<DayOfWeek, List<String>>> weekly() {
        Arbitrary<Map<DayOfWeek, List<String>>> random = dayWindows().list().ofSize(7).map(list -> {
            Map<DayOfWeek, List<String>> m = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                m.put(d, list.get(d.ordinal()));
            }
            return m;
        });
        Map<DayOfWeek, List<String>> always = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            always.put(d, List.of("00:00-24:00"));
        }
        return Arbitraries.frequencyOf(Tuple.of(24, random), Tuple.of(1, Arbitraries.just(always)));
    }

    /** A base date, often a few days before one of the zone's transitions. */
    static Arbitrary<LocalDate> baseDate(ZoneId zone) {
        Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 12 * 366)
                .map(d -> LocalDate.of(2019, 1, 1).plusDays(d));
        Arbitrary<LocalDate> nearTransition = Combinators.combine(any, Arbitraries.integers().between(1, 21)).as((d, before) -> {
            ZoneOffsetTransition t = zone.getRules().nextTransition(d.atStartOfDay(zone).toInstant());
            if (t == null || t.getInstant().isAfter(Instant.parse("2031-01-01T00:00:00Z"))) {
                return d;
            }
            return LocalDate.ofInstant(t.getInstant(), zone).minusDays(before);
        });
        // the engine's index is built in chunks of 2^25 s: stretches and amounts crossing their edges
        Arbitrary<LocalDate> nearChunkEdge = Combinators.combine(Arbitraries.integers().between(46, 57), Arbitraries.integers().between(0, 25))
                .as((chunk, before) -> LocalDate.ofInstant(Instant.ofEpochSecond((long) chunk << 25), zone).minusDays(before));
        return Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(3, nearTransition), Tuple.of(1, nearChunkEdge));
    }

    static LocalDate transitionIn(ZoneId zone, LocalDate from, LocalDate to) {
        ZoneOffsetTransition t = zone.getRules().nextTransition(from.atStartOfDay(zone).toInstant().minusSeconds(1));
        if (t == null) {
            return null;
        }
        LocalDate d = LocalDate.ofInstant(t.getInstant(), zone);
        return d.isAfter(to) ? null : d;
    }

    static Arbitrary<World> worlds() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
        return Combinators.combine(zones, weekly()).as(Tuple::of)
                .filter(t -> nominalWeek(t.get2()) >= 2 * 60)
                .flatMap(t -> baseDate(t.get1()).flatMap(base -> dated(t.get1(), t.get2(), base)))
                .filter(w -> w != null);
    }

    private static int nominalWeek(Map<DayOfWeek, List<String>> weekly) {
        int minutes = 0;
        for (List<String> day : weekly.values()) {
            for (String w : day) {
                String[] p = w.split("-");
                int s = minutesOf(p[0]);
                int e = p[1].equals("24:00") ? 1440 : minutesOf(p[1]);
                minutes += e > s ? e - s : e + 1440 - s;
            }
        }
        return minutes;
    }

    private static int minutesOf(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
    }

    private static Arbitrary<World> dated(ZoneId zone, Map<DayOfWeek, List<String>> weekly, LocalDate base) {
        LocalDate dst = transitionIn(zone, base.minusDays(3), base.plusDays(REGION_DAYS + 3));
        Arbitrary<LocalDate> date = Arbitraries.integers().between(-5, REGION_DAYS + 5).map(base::plusDays);
        Arbitrary<LocalDate> nearDst = dst == null ? date
                : Arbitraries.frequencyOf(Tuple.of(3, date), Tuple.of(1, Arbitraries.of(dst, dst.minusDays(1), dst.plusDays(1))));
        Arbitrary<List<LocalDate>> holidays = nearDst.list().ofMaxSize(4);
        Arbitrary<List<Tuple.Tuple2<LocalDate, String>>> closures = Combinators.combine(nearDst, closureWindow())
                .as(Tuple::of).list().ofMaxSize(3);
        boolean mondayOpen = !weekly.get(DayOfWeek.MONDAY).isEmpty();
        Arbitrary<List<String>> ownWindows = dayWindows().filter(l -> !l.isEmpty());
        Arbitrary<List<String>> workdayWindows = mondayOpen
                ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(1, ownWindows))
                : ownWindows;
        Arbitrary<List<Tuple.Tuple2<LocalDate, List<String>>>> workdays = Combinators.combine(nearDst, workdayWindows)
                .as(Tuple::of).list().ofMaxSize(3);
        Arbitrary<List<LocalDate>> setOff = Arbitraries.frequencyOf(Tuple.of(1, nearDst.list().ofMaxSize(3)),
                Tuple.of(1, Arbitraries.just(List.of())));
        Arbitrary<LocalDate> weekend = Combinators.combine(date, Arbitraries.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                .as((d, dow) -> d.with(TemporalAdjusters.nextOrSame(dow)));
        Arbitrary<List<Tuple.Tuple2<LocalDate, List<String>>>> setOpen = Arbitraries.frequencyOf(
                Tuple.of(1, Combinators.combine(weekend, workdayWindows).as(Tuple::of).list().ofMaxSize(2)),
                Tuple.of(1, Arbitraries.just(List.of())));
        // dates closed every year: the month-days of dates in the region, so that they fall inside it
        Arbitrary<List<MonthDay>> everyYear = Arbitraries.frequencyOf(Tuple.of(1, nearDst.map(MonthDay::from).list().ofMaxSize(2)),
                Tuple.of(2, Arbitraries.just(List.of())));
        return Combinators.combine(holidays, closures, workdays, setOff, setOpen, everyYear).as((h, c, w, so, sw, ey) -> {
            Map<LocalDate, List<String>> open = new TreeMap<>();
            w.forEach(t -> open.putIfAbsent(t.get1(), t.get2()));
            Set<LocalDate> off = new TreeSet<>(h);
            off.removeAll(open.keySet());
            Map<LocalDate, List<String>> closed = new TreeMap<>();
            for (Tuple.Tuple2<LocalDate, String> t : c) {
                if (!open.containsKey(t.get1())) {
                    closed.computeIfAbsent(t.get1(), k -> new ArrayList<>()).add(t.get2());
                }
            }
            Map<LocalDate, List<String>> setWork = new TreeMap<>();
            sw.forEach(t -> setWork.putIfAbsent(t.get1(), t.get2()));
            Set<LocalDate> setOffDays = new TreeSet<>(so);
            setOffDays.removeAll(setWork.keySet());
            CalendarDefinition def = new CalendarDefinition(zone, weekly, off, closed, open, setOffDays, setWork, new TreeSet<>(ey));
            BusinessCalendar cal;
            try {
                cal = def.toCalendar();
            } catch (InvalidCalendarException ex) {
                return null;
            }
            return new World(def, base, dst, cal, def.toReference());
        });
    }

    // ----- instants, amounts, dates -----

    /** Instants in the region: uniform with seconds and nanos, or on and around window boundaries. */
    static Arbitrary<Instant> instants(World w) {
        ZoneId zone = w.zone();
        long from = w.base().minusDays(2).atStartOfDay(zone).toEpochSecond();
        long to = w.base().plusDays(REGION_DAYS + 2).atStartOfDay(zone).toEpochSecond();
        Arbitrary<Instant> uniform = Combinators.combine(Arbitraries.longs().between(from, to - 1),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(0, 999_999_999))))
                .as(Instant::ofEpochSecond);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-1, REGION_DAYS).map(w.base()::plusDays);
        Arbitrary<LocalDate> nearDst = w.dstDate() == null ? dates
                : Arbitraries.frequencyOf(Tuple.of(2, dates), Tuple.of(1, Arbitraries.just(w.dstDate())));
        Arbitrary<Duration> delta = Arbitraries.of(Duration.ZERO, Duration.ZERO, Duration.ofNanos(-1), Duration.ofNanos(1),
                Duration.ofSeconds(-1), Duration.ofSeconds(1), Duration.ofMinutes(30), Duration.ofMinutes(-30));
        Arbitrary<Instant> boundary = nearDst.flatMap(d -> Combinators.combine(Arbitraries.of(boundaries(w.def(), d)), delta)
                .as((time, dt) -> time.equals("24:00")
                        ? ZonedDateTime.of(LocalDateTime.of(d.plusDays(1), LocalTime.MIDNIGHT), zone).toInstant().plus(dt)
                        : ZonedDateTime.of(LocalDateTime.of(d, LocalTime.parse(time)), zone).toInstant().plus(dt)));
        return Arbitraries.frequencyOf(Tuple.of(5, uniform), Tuple.of(4, boundary));
    }

    private static List<String> boundaries(CalendarDefinition def, LocalDate date) {
        List<String> out = new ArrayList<>(List.of("00:00", "12:00", "13:30", "02:30"));
        List<String> windows = new ArrayList<>(def.hours(date.getDayOfWeek()));
        windows.addAll(def.closures().getOrDefault(date, List.of()));
        windows.addAll(def.workdays().getOrDefault(date, List.of()));
        for (String win : windows) {
            for (String p : win.split("-")) {
                out.add(p);
            }
        }
        return out;
    }

    static Arbitrary<Duration> amounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(3, Combinators.combine(Arbitraries.longs().between(1, 7200), Arbitraries.integers().between(0, 999_999_999))
                        .as(Duration::ofSeconds)),
                Tuple.of(3, Arbitraries.longs().between(1, 3000).map(Duration::ofMinutes)),
                Tuple.of(2, Arbitraries.longs().between(1, 60).map(Duration::ofHours)),
                Tuple.of(1, Arbitraries.longs().between(61, 800).map(Duration::ofHours)),
                Tuple.of(2, Combinators.combine(Arbitraries.longs().between(0, 216_000), Arbitraries.integers().between(0, 999_999_999))
                        .as(Duration::ofSeconds)));
    }

    static Arbitrary<LocalDate> dates(World w) {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-3, REGION_DAYS + 3).map(w.base()::plusDays);
        return w.dstDate() == null ? dates
                : Arbitraries.frequencyOf(Tuple.of(3, dates), Tuple.of(1, Arbitraries.just(w.dstDate())));
    }
}
