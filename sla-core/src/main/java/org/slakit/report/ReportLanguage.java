package org.slakit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slakit.policy.DeadlineRule;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.TargetState;

/**
 * The language of a document written for a customer: its labels, its outcomes and its promises in
 * words. Names the policy gives (categories, severities, targets…) are the policy's own; these are
 * the words around them. The Hong Kong example policy writes Traditional Chinese, the mainland ones Simplified.
 */
public enum ReportLanguage {
    /** English. */
    ENGLISH("en", Locale.ENGLISH),
    /** Simplified Chinese, as written in mainland China. */
    SIMPLIFIED_CHINESE("zh-Hans", Locale.SIMPLIFIED_CHINESE),
    /** Traditional Chinese, as written in Hong Kong and Taiwan. */
    TRADITIONAL_CHINESE("zh-Hant", Locale.TRADITIONAL_CHINESE);

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            // key                        English                       Simplified        Traditional
            Map.entry("service-report", new String[] {"Service report", "服务报告", "服務報告"}),
            Map.entry("compliance", new String[] {"Compliance", "服务达标情况", "服務達標情況"}),
            Map.entry("follow-ups", new String[] {"Follow-ups", "待确认问题跟进", "待確認問題跟進"}),
            Map.entry("comparison", new String[] {"Comparison", "服务承诺对比", "服務承諾對比"}),
            Map.entry("customer", new String[] {"Customer", "客户", "客戶"}),
            Map.entry("period", new String[] {"Period", "期间", "期間"}),
            Map.entry("as-of", new String[] {"As of", "截至", "截至"}),
            Map.entry("policy", new String[] {"Policy", "服务政策", "服務政策"}),
            Map.entry("ticket", new String[] {"Ticket", "问题编号", "問題編號"}),
            Map.entry("reported-at", new String[] {"Reported", "报告时间", "報告時間"}),
            Map.entry("reported", new String[] {"What was reported", "报告内容", "報告內容"}),
            Map.entry("target", new String[] {"Target", "服务目标", "服務目標"}),
            Map.entry("promise", new String[] {"Promise", "承诺", "承諾"}),
            Map.entry("due", new String[] {"Due", "期限", "期限"}),
            Map.entry("done", new String[] {"Done", "完成时间", "完成時間"}),
            Map.entry("outcome", new String[] {"Outcome", "结果", "結果"}),
            Map.entry("waiting", new String[] {"Waiting for you", "等待客户时间", "等待客戶時間"}),
            Map.entry("confirmed", new String[] {"Confirmed", "客户确认", "客戶確認"}),
            Map.entry("reopened", new String[] {"Reopened", "重开次数", "重開次數"}),
            Map.entry("summary", new String[] {"Summary", "汇总", "匯總"}),
            Map.entry("services", new String[] {"Services", "服务清单", "服務清單"}),
            Map.entry("cycles", new String[] {"Cycles", "次数", "次數"}),
            Map.entry("met-percent", new String[] {"Met", "达标率", "達標率"}),
            Map.entry("p50-taken", new String[] {"Median time", "用时中位数", "用時中位數"}),
            Map.entry("p90-taken", new String[] {"90% within", "90%用时", "90%用時"}),
            Map.entry("counted-by", new String[] {"A cycle counts in the period its clock started.", "按计时开始的期间统计。",
                "按計時開始的期間統計。"}),
            Map.entry("none", new String[] {"none", "无", "無"}),
            Map.entry("to", new String[] {" to ", " 至 ", " 至 "}),
            Map.entry("every-date", new String[] {"every date", "全部日期", "全部日期"}),
            Map.entry("MET", new String[] {"met", "达标", "達標"}),
            Map.entry("BREACHED", new String[] {"breached", "超时", "超時"}),
            Map.entry("RUNNING", new String[] {"in progress", "处理中", "處理中"}),
            Map.entry("PAUSED", new String[] {"waiting for you", "等待客户", "等待客戶"}),
            Map.entry("NOT_STARTED", new String[] {"not started", "未开始", "未開始"}),
            Map.entry("UNKNOWN", new String[] {"unknown", "未知", "未知"}));

    private final String tag;
    private final Locale locale;

    ReportLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /**
     * Gets the BCP 47 language tag, as in an HTML page's {@code lang}.
     *
     * @return the tag, such as {@code zh-Hant}, not null
     */
    public String tag() {
        return tag;
    }

    /**
     * Gets the locale.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Obtains a language from its tag.
     *
     * @param tag  the tag: {@code en}, {@code zh-Hans} or {@code zh-Hant}, not null
     * @return the language, not null
     * @throws IllegalArgumentException if no language has that tag, naming those there are
     */
    public static ReportLanguage ofTag(String tag) {
        for (ReportLanguage l : values()) {
            if (l.tag.equals(tag)) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown report language '" + tag + "': expected en, zh-Hans or zh-Hant");
    }

    /**
     * Gets a label.
     *
     * @param key  the label's key, such as {@code due}, not null
     * @return the label in this language, not null
     * @throws IllegalArgumentException if there is no such label
     */
    public String label(String key) {
        String[] words = WORDS.get(key);
        if (words == null) {
            throw new IllegalArgumentException("No report label '" + key + "'");
        }
        return words[ordinal()];
    }

    /**
     * Gets a period in words, such as {@code 2026-01-01 to 2026-12-31} or {@code 2026-01-01 至 2026-12-31}.
     *
     * @param period  the period, not null
     * @return the words, not null
     */
    public String period(ReportPeriod period) {
        if (period.from().isEmpty() && period.to().isEmpty()) {
            return label("every-date");
        }
        return period.from().map(Object::toString).orElse("…") + label("to") + period.to().map(Object::toString).orElse("…");
    }

    /**
     * Gets a state's word for a customer.
     *
     * @param state  the state, not null
     * @return the word, such as {@code met} or {@code 达标}, not null
     */
    public String outcome(TargetState state) {
        return label(state.name());
    }

    /**
     * Gets a promise in words: a deadline rule on a calendar, such as {@code within 4 working hours},
     * {@code 4个工作小时内} or, on the always-open calendar, {@code within 4 hours}.
     *
     * @param rule  the rule, not null
     * @param calendar  the name of the calendar it counts on, not null
     * @return the words, not null
     */
    public String promise(DeadlineRule rule, String calendar) {
        boolean working = !SlaPolicy.ALWAYS_OPEN.equals(calendar);
        if (rule instanceof DeadlineRule.Within w) {
            String amount = amount(w.duration());
            switch (this) {
                case ENGLISH:
                    return "within " + amount + (working ? " working" : "") + (w.duration().equals(Duration.ofHours(1)) ? " hour" : " hours");
                case SIMPLIFIED_CHINESE:
                    return amount + (working ? "个工作小时内" : "小时内");
                default:
                    return amount + (working ? "個工作小時內" : "小時內");
            }
        }
        if (rule instanceof DeadlineRule.EndOfWorkingDay e) {
            String cutoff = minutes(e.cutoff());
            switch (this) {
                case ENGLISH:
                    return "the same working day if reported " + cutoff + " min before close";
                case SIMPLIFIED_CHINESE:
                    return "当天（下班前" + cutoff + "分钟报告）";
                default:
                    return "當天（下班前" + cutoff + "分鐘報告）";
            }
        }
        int days = ((DeadlineRule.WorkingDays) rule).days();
        switch (this) {
            case ENGLISH:
                return "within " + days + (days == 1 ? " working day" : " working days");
            case SIMPLIFIED_CHINESE:
                return days + "个工作日内";
            default:
                return days + "個工作日內";
        }
    }

    /** Hours as a number: 4, 1.5, 0.5. */
    private static String amount(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? Long.toString(minutes / 60)
                : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String minutes(Duration d) {
        return Long.toString(d.toMinutes());
    }
}
