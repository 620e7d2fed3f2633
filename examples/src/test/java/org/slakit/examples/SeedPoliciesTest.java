package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendars.HolidaySets;
import org.slakit.config.PolicyYaml;
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
