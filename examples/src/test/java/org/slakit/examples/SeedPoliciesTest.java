package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.slakit.policy.DisplayNames.Kind.CATEGORY;
import static org.slakit.policy.DisplayNames.Kind.KIND;
import static org.slakit.policy.DisplayNames.Kind.SEVERITY;
import static org.slakit.policy.DisplayNames.Kind.TARGET;
import static org.slakit.policy.DisplayNames.Kind.TIER;
import static org.slakit.policy.DisplayNames.Kind.WAITING_STATE;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendars.HolidaySets;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.DisplayNames;
import org.slakit.policy.SlaPolicy;

class SeedPoliciesTest {

    @ParameterizedTest
    @ValueSource(strings = {"hk-pos-erp.yaml", "pos-vendor.yaml", "restaurant-system.yaml", "heating-billing.yaml"})
    void load_examplePolicy_writesBackToAnEqualPolicy(String file) {
        SlaPolicy policy = PolicyYaml.load(Path.of("policies", file));
        String written = PolicyYaml.write(policy);
        SlaPolicy again = PolicyYaml.read(written, file + " (written)");
        assertEquals(policy, again, written);
    }

    /** The names are the seeds' own words: Traditional Chinese for seed 000, Simplified for the others. */
    @Test
    void load_examplePolicy_givesTheSeedsOwnNames() {
        DisplayNames hk = PolicyYaml.load(Path.of("policies", "hk-pos-erp.yaml")).displayNames();
        assertEquals("嚴重錯誤", hk.of(SEVERITY, "severe"));
        assertEquals("一般錯誤", hk.of(SEVERITY, "general"));
        assertEquals("軟件錯誤", hk.of(CATEGORY, "software-error"));
        assertEquals("數據不一致或不對", hk.of(KIND, "data-mismatch"));
        assertEquals(Map.of("fix", "解決", "reply", "答復"), hk.names(TARGET));
        assertEquals("等待現場技術服務人員測試的結果", hk.of(WAITING_STATE, "waiting-for-onsite-test"));
        // the seed has no name for its one kind of customer
        assertEquals("standard", hk.of(TIER, "standard"));
        DisplayNames pos = PolicyYaml.load(Path.of("policies", "pos-vendor.yaml")).displayNames();
        assertEquals("严重错误", pos.of(SEVERITY, "severe"));
        assertEquals("一般错误", pos.of(SEVERITY, "general"));
        assertEquals("解决", pos.of(TARGET, "fix"));
        DisplayNames restaurant = PolicyYaml.load(Path.of("policies", "restaurant-system.yaml")).displayNames();
        assertEquals("紧急问题", restaurant.of(SEVERITY, "urgent"));
        assertEquals("软件问题", restaurant.of(CATEGORY, "software"));
        assertEquals("general", restaurant.of(SEVERITY, "general"));
        assertEquals("respond", restaurant.of(TARGET, "respond"));
        DisplayNames heating = PolicyYaml.load(Path.of("policies", "heating-billing.yaml")).displayNames();
        assertEquals(Map.of("premium", "高端服务", "free", "免费服务"), heating.names(TIER));
        assertEquals("响应", heating.of(TARGET, "respond"));
        assertEquals("网上回复", heating.of(TARGET, "reply"));
        assertEquals(Map.of(), heating.names(SEVERITY));
    }

    @Test
    void write_readySetAddedAsOverride_isRefusedRatherThanWrittenUnloadable() {
        SlaPolicy policy = SlaPolicy.builder("p", ZoneId.of("Asia/Shanghai"))
                .calendar("office", BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00")
                        .holidays(HolidaySets.chinaMainland(), HolidaySet.Merge.OVERRIDE))
                .severities("severe").category("software-error", "function-error")
                .target("fix", t -> t.stopsOn("resolved").within("4h"))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyYaml.write(policy));
        assertEquals("Holiday set 'cn' is a ready set added as an override, which a policy file cannot say: "
                + "add it without override, or from a holiday file", e.getMessage());
    }
}
