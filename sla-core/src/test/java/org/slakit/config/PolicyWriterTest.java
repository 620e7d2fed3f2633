package org.slakit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slakit.policy.PolicyVersion;
import org.slakit.policy.SlaPolicy;

/** A policy written in the policy format: every optional section, and what it reads back as. */
class PolicyWriterTest {

    /** A policy with every section and every key of a target, in flow style. */
    private static final String FULL = String.join("\n",
            "slakit: 1",
            "name: full vendor",
            "zone: Asia/Shanghai",
            "calendars:",
            "  office:",
            "    hours:",
            "      Mon-Fri: [09:00-12:00, 13:30-18:00]",
            "      Sat: 10:00-12:00",
            "severities: [severe, general]",
            "categories:",
            "  software-error: {kinds: [function-error, data-mismatch], requirement: false}",
            "  requirement: {kinds: [new-feature], requirement: true}",
            "tiers:",
            "  premium: {includes: [standard], entitled: [on-site]}",
            "  standard: {entitled: [bug-fix]}",
            "  basic: ~",
            "waiting: [waiting-for-customer]",
            "events: [workaround-given, database-received, arranged]",
            "targets:",
            "  - name: respond",
            "    stops-on: responded",
            "    paused-by: []",
            "    within: 2h",
            "    calendar: 24x7",
            "  - name: fix",
            "    when: {severity: severe}",
            "    stops-on: [workaround-given, resolved]",
            "    within: 4h",
            "    calendar: office",
            "    warn-at: [50%, 75%]",
            "  - name: fix",
            "    when: {severity: general, kind: data-mismatch}",
            "    restarts-on: database-received",
            "    stops-on: resolved",
            "    paused-by: [waiting-for-customer]",
            "    end-of-business-day: {cutoff: 30m}",
            "    calendar: office",
            "  - name: arrange",
            "    when: {service: on-site, tier: premium, category: software-error}",
            "    starts-on: [workaround-given]",
            "    stops-on: arranged",
            "    business-days: 1",
            "    calendar: office",
            "escalations:",
            "  - {at: 100%, of: [fix], notify: complaints-desk}",
            "out-of-hours:",
            "  calendar: office",
            "  rules:",
            "    - {when: {service: bug-fix}, route: duty-engineer}",
            "    - {when: {severity: severe}, route: escalate-now}",
            "  otherwise: first-at-opening",
            "intake:",
            "  required: [company, phone]",
            "  required-for: {software-error: [product]}",
            "follow-up:",
            "  unconfirmed: {every: Mon 10:00, calendar: office}",
            "versions:",
            "  - effective-from: 2027-01-01",
            "    targets:",
            "      - {name: fix, stops-on: resolved, within: 8h, calendar: office}",
            "    escalations:",
            "      - {at: 75%, of: [fix], notify: team-lead}",
            "    out-of-hours:",
            "      calendar: office",
            "      rules: []",
            "      otherwise: duty-engineer",
            "    intake:",
            "      required: [company]",
            "  - effective-from: 2028-01-01",
            "    escalations: []",
            "");

    /** FULL as the writer writes it: block style, the keys in the format's order, defaults left out. */
    private static final String WRITTEN = """
            slakit: 1
            name: full vendor
            zone: Asia/Shanghai
            calendars:
              office:
                hours:
                  Mon-Fri:
                    - 09:00-12:00
                    - 13:30-18:00
                  Sat: 10:00-12:00
            severities:
              - severe
              - general
            categories:
              software-error:
                - function-error
                - data-mismatch
              requirement:
                kinds:
                  - new-feature
                requirement: true
            tiers:
              premium:
                includes:
                  - standard
                entitled:
                  - on-site
              standard:
                entitled:
                  - bug-fix
              basic: {}
            waiting:
              - waiting-for-customer
            events:
              - workaround-given
              - database-received
              - arranged
            targets:
              - name: respond
                stops-on:
                  - responded
                paused-by: []
                within: 2h
                calendar: 24x7
              - name: fix
                when:
                  severity:
                    - severe
                stops-on:
                  - workaround-given
                  - resolved
                within: 4h
                calendar: office
                warn-at:
                  - 50%
                  - 75%
              - name: fix
                when:
                  kind:
                    - data-mismatch
                  severity:
                    - general
                restarts-on:
                  - database-received
                stops-on:
                  - resolved
                paused-by:
                  - waiting-for-customer
                end-of-business-day:
                  cutoff: 30m
                calendar: office
              - name: arrange
                when:
                  category:
                    - software-error
                  tier:
                    - premium
                  service:
                    - on-site
                starts-on:
                  - workaround-given
                stops-on:
                  - arranged
                business-days: 1
                calendar: office
            escalations:
              - at: 100%
                of:
                  - fix
                notify: complaints-desk
            out-of-hours:
              calendar: office
              rules:
                - when:
                    service:
                      - bug-fix
                  route: duty-engineer
                - when:
                    severity:
                      - severe
                  route: escalate-now
              otherwise: first-at-opening
            intake:
              required:
                - company
                - phone
              required-for:
                software-error:
                  - product
            follow-up:
              unconfirmed:
                every: Mon 10:00
                calendar: office
            versions:
              - effective-from: 2027-01-01
                targets:
                  - name: fix
                    stops-on:
                      - resolved
                    within: 8h
                    calendar: office
                escalations:
                  - at: 75%
                    of:
                      - fix
                    notify: team-lead
                out-of-hours:
                  calendar: office
                  rules: []
                  otherwise: duty-engineer
                intake:
                  required:
                    - company
              - effective-from: 2028-01-01
                escalations: []
            """;

    @Test
    void write_everySection_writesEachAsTheFileGaveIt() {
        assertEquals(WRITTEN, PolicyYaml.write(PolicyYaml.read(FULL, "full.yaml")));
    }

    @Test
    void write_everySection_readsBackAsAnEqualPolicyThatWritesTheSame() {
        SlaPolicy policy = PolicyYaml.read(FULL, "full.yaml");
        SlaPolicy again = PolicyYaml.read(WRITTEN, "written.yaml");
        assertEquals(policy, again);
        assertEquals(WRITTEN, PolicyYaml.write(again));
    }

    /** The sections the file gives, as the loaded policy holds them. */
    @Test
    void read_everySection_holdsWhatTheFileSays() {
        SlaPolicy policy = PolicyYaml.read(FULL, "full.yaml");
        assertEquals(List.of(new SlaPolicy.Tier("premium", List.of("standard"), List.of("on-site")),
                new SlaPolicy.Tier("standard", List.of(), List.of("bug-fix")),
                new SlaPolicy.Tier("basic", List.of(), List.of())), policy.tiers());
        assertEquals(List.of(new SlaPolicy.Category("software-error", List.of("function-error", "data-mismatch"), false),
                new SlaPolicy.Category("requirement", List.of("new-feature"), true)), policy.categories());
        assertEquals(new SlaPolicy.FollowUp(DayOfWeek.MONDAY, LocalTime.of(10, 0), "office"), policy.followUp().orElseThrow());
        assertEquals(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)),
                policy.versions().stream().map(PolicyVersion::effectiveFrom).toList());
        PolicyVersion v2027 = policy.versions().get(0);
        assertEquals("8h", ((org.slakit.policy.DeadlineRule.Within) v2027.targets().orElseThrow().get(0).rule()).valueText());
        assertEquals("team-lead", v2027.escalations().orElseThrow().get(0).recipient());
        assertEquals("duty-engineer", v2027.outOfHours().orElseThrow().otherwise().key());
        assertEquals(List.of("company"), v2027.intake().orElseThrow().required());
        // escalations: [] replaces the policy's escalations with none
        assertEquals(List.of(), policy.versions().get(1).escalations().orElseThrow());
        assertEquals(Map.of("software-error", List.of("product")), policy.intake().orElseThrow().requiredFor());
    }
}
