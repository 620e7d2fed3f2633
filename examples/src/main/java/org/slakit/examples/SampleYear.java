package org.slakit.examples;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * A realistic year of tickets for the district-heating billing vendor (examples/policies/heating-billing.yaml)
 * ({@code examples/policies/heating-billing.yaml}): a few dozen heating companies, a third of them
 * on premium terms, reporting faults, questions, complaints and suggestions by phone, online and
 * for on-site visits. Most are answered in time; some wait for the customer, some are reopened or
 * reclassified, most are confirmed.
 * <p>
 * The same seed always gives the same tickets: the checked-in {@code examples/tickets/heating-2026.csv}
 * is {@code SampleYear.tickets(policy, YEAR, COUNT, SEED)} written as an event log by {@link #main}. The shares:
 * <ul>
 *   <li>openings: four in five in office hours on working days, the rest at any hour;</li>
 *   <li>categories: faults 60 %, questions 25 %, suggestions 10 %, complaints 5 %; severities:
 *       urgent 10 %, normal 60 %, minor 30 %;</li>
 *   <li>service: online reply for two in five, an on-site visit for a hardware fault;</li>
 *   <li>response: nine in ten within the 2 hours, the rest up to 6 hours; replies and
 *       arrangements likewise;</li>
 *   <li>one ticket in seven waits for the customer once, a few twice; one in twenty is reopened;
 *       one in thirty is reclassified to another severity; seven in ten are confirmed.</li>
 * </ul>
 * Tickets opened late in the year may still be open at its end.
 */
final class SampleYear {

    static final List<String> COMPANIES = List.of(
            "哈尔滨热力集团", "长春供热公司", "沈阳惠天热电", "大连热电集团", "鞍山热力", "抚顺热力", "吉林热电", "齐齐哈尔供热",
            "牡丹江热电", "佳木斯供热", "大庆油田热电", "呼和浩特城发供热", "包头热力", "赤峰热电", "乌鲁木齐热力", "银川热力",
            "西宁供热", "兰州热力", "太原热力", "大同热力", "石家庄热力", "唐山热力", "保定热力", "张家口热力", "承德热力",
            "济南热力", "青岛能源热电", "烟台热力", "天津能源集团", "北京城区供热", "郑州热力", "洛阳热力");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛"};
    private static final String[] FAULTS = {"software-fault", "data-error", "hardware-fault", "network-fault"};
    private static final String[] QUESTIONS = {"usage", "policy"};

    /** The checked-in sample: its year, size and seed. */
    static final int YEAR = 2026;
    static final int COUNT = 800;
    static final long SEED = 3L;

    private SampleYear() {
    }

    /**
     * Writes the sample year as an event-log CSV: {@code java -cp examples/target/slakit.jar
     * org.slakit.examples.SampleYear examples/tickets/heating-2026.csv}.
     *
     * @param args  the file to write; standard output when none
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        SlaPolicy policy;
        try (Reader p = new InputStreamReader(SampleYear.class.getResourceAsStream("policies/heating-billing.yaml"), StandardCharsets.UTF_8)) {
            policy = PolicyYaml.read(p, "heating-billing.yaml", Path.of(""));
        }
        List<Ticket> tickets = tickets(policy, YEAR, COUNT, SEED);
        try (Writer out = args.length == 0 ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            EventLogCsv.write(tickets, policy.zone(), out);
        }
    }

    /**
     * Makes a year of tickets, in order of opening.
     *
     * @param policy  the heating-billing vendor's policy, whose office calendar places the openings
     * @param year  the year
     * @param count  how many tickets
     * @param seed  the random seed
     * @return the tickets, ids {@code HB-<year>-0001} on, not null
     */
    static List<Ticket> tickets(SlaPolicy policy, int year, int count, long seed) {
        Random r = new Random(seed);
        BusinessCalendar office = policy.calendar("office").orElseThrow();
        ZoneId zone = policy.zone();
        List<Instant> openings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            openings.add(opening(r, office, zone, year));
        }
        openings.sort(Comparator.naturalOrder());
        List<Ticket> tickets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tickets.add(ticket(r, String.format("HB-%d-%04d", year, i + 1), openings.get(i)));
        }
        return tickets;
    }

    /** An opening: in office hours on a working day four times in five, else at any minute of the year. */
    private static Instant opening(Random r, BusinessCalendar office, ZoneId zone, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        while (true) {
            LocalDate day = first.plusDays(r.nextInt(days));
            if (r.nextInt(5) > 0) {
                if (!office.isWorkingDay(day)) {
                    continue;
                }
                // 08:30-17:30
                return ZonedDateTime.of(day, LocalTime.of(8, 30).plusMinutes(r.nextInt(9 * 60)), zone).toInstant();
            }
            return ZonedDateTime.of(day, LocalTime.ofSecondOfDay(r.nextInt(24 * 60) * 60L), zone).toInstant();
        }
    }

    private static Ticket ticket(Random r, String id, Instant opened) {
        int company = r.nextInt(COMPANIES.size());
        boolean premium = company % 3 == 0;
        Classification c = classification(r, premium);
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
        Ticket t = Ticket.open(id, opened, c)
                .withField("company", COMPANIES.get(company))
                .withField("contact", name)
                .withField("phone", String.format("+86 %d %04d %04d", 130 + r.nextInt(60), r.nextInt(10000), r.nextInt(10000)));
        if (c.category().equals("fault")) {
            t = t.withField("symptom", symptom(r, c.kind().orElseThrow()));
        }
        t = answered(r, t, opened);
        Instant at = t.getEvent(t.eventCount() - 1).at();
        if (r.nextInt(30) == 0) {
            at = at.plus(Duration.ofMinutes(10 + r.nextInt(120)));
            t = t.reclassify(at, c.withSeverity(c.severity().equals("urgent") ? "normal" : "urgent"));
        }
        int waits = r.nextInt(7) == 0 ? 1 + (r.nextInt(4) == 0 ? 1 : 0) : 0;
        for (int w = 0; w < waits; w++) {
            at = at.plus(Duration.ofMinutes(30 + r.nextInt(240)));
            t = t.pause(at, "waiting-for-customer");
            at = at.plus(Duration.ofMinutes(60 + r.nextInt(3 * 24 * 60)));
            t = t.resume(at);
        }
        at = at.plus(Duration.ofMinutes(30 + r.nextInt(c.severity().equals("urgent") ? 8 * 60 : 5 * 24 * 60)));
        t = t.resolve(at);
        if (r.nextInt(20) == 0) {
            at = at.plus(Duration.ofMinutes(60 + r.nextInt(2 * 24 * 60)));
            t = answered(r, t.reopen(at), at);
            at = t.getEvent(t.eventCount() - 1).at();
            at = at.plus(Duration.ofMinutes(60 + r.nextInt(2 * 24 * 60)));
            t = t.resolve(at);
        }
        if (r.nextInt(10) < 7) {
            at = at.plus(Duration.ofMinutes(60 + r.nextInt(6 * 24 * 60)));
            t = t.confirm(at);
        }
        return t;
    }

    /** The answers a (re)opened ticket gets: the response, then the online reply or the on-site arrangement it asks for. */
    private static Ticket answered(Random r, Ticket t, Instant from) {
        Instant at = from.plus(reaction(r));
        t = t.event(at, "responded");
        String service = t.classification().service().orElse("");
        if (service.equals("online-reply")) {
            t = t.event(at.plus(Duration.ofMinutes(reaction(r).toMinutes() / 2)), "replied");
        } else if (service.equals("on-site")) {
            t = t.event(at.plus(Duration.ofMinutes(reaction(r).toMinutes() / 2)), "arranged");
        }
        return t;
    }

    private static Classification classification(Random r, boolean premium) {
        int category = r.nextInt(20);
        String severity = pick(r, 10, "urgent", 60, "normal", 30, "minor");
        Classification c;
        if (category < 12) {
            String kind = FAULTS[r.nextInt(FAULTS.length)];
            c = Classification.of("fault", severity).withKind(kind);
            if (kind.equals("hardware-fault") && r.nextBoolean()) {
                return c.withTier(premium ? "premium" : "free").withService("on-site");
            }
        } else if (category < 17) {
            c = Classification.of("question", severity).withKind(QUESTIONS[r.nextInt(QUESTIONS.length)]);
        } else if (category < 19) {
            c = Classification.of("suggestion", "minor").withKind("optimisation");
        } else {
            c = Classification.of("complaint", severity).withKind("service-complaint");
        }
        c = c.withTier(premium ? "premium" : "free");
        return r.nextInt(5) < 2 ? c.withService("online-reply") : c;
    }

    /** How long an answer takes: within 2 hours nine times in ten, else 2 to 6 hours. */
    private static Duration reaction(Random r) {
        return r.nextInt(10) < 9 ? Duration.ofMinutes(5 + r.nextInt(110)) : Duration.ofMinutes(121 + r.nextInt(240));
    }

    private static String symptom(Random r, String kind) {
        switch (kind) {
            case "software-fault":
                return pick(r, 1, "收费单打印报错", 1, "缴费记录无法保存", 1, "报表统计异常");
            case "data-error":
                return pick(r, 1, "用户面积数据错误", 1, "欠费金额不符", 1, "热价调整后金额未更新");
            case "hardware-fault":
                return pick(r, 1, "票据打印机不出纸", 1, "服务器无法启动", 1, "读卡器无响应");
            default:
                return pick(r, 1, "营业厅无法连接服务器", 1, "网上缴费接口超时", 1, "VPN断线");
        }
    }

    private static String pick(Random r, int w1, String a, int w2, String b, int w3, String c) {
        int x = r.nextInt(w1 + w2 + w3);
        return x < w1 ? a : x < w1 + w2 ? b : c;
    }
}
