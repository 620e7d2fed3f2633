package org.slakit.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.policy.DisplayNames;

/**
 * What a policy file says, as read by {@link PolicyReader} from a file without problems of form,
 * for {@link PolicyAssembler} to give to {@code SlaPolicy.builder}. Lists hold one entry per entry
 * of the file, in file order, so the builder's indices are the file's; the tree the spec was read
 * from is kept, so that every path the builder reports ({@code targets[2].within},
 * {@code versions[0].escalations[1].at}) is found at its line and column.
 * <p>
 * The calendars are the one part that is not a plain record: {@code CalendarYaml} reads each into a
 * calendar builder, which the policy builder builds and whose problems it reports under
 * {@code calendars.<name>}. Nothing changes them after reading.
 *
 * @param root  the file's tree, in which the builder's problem paths are found, not null
 * @param name  {@code name}, or the file's name when it gives none, not null
 * @param zone  {@code zone}, not null
 * @param calendars  {@code calendars}, read into builders, in file order, not null
 * @param severities  {@code severities}, most urgent first, not null
 * @param categories  {@code categories}, in file order, not null
 * @param tiers  {@code tiers}, most favoured first, not null
 * @param waiting  {@code waiting}, empty when not given, not null
 * @param events  {@code events}, empty when not given, not null
 * @param sections  the policy's own targets, escalations, out-of-hours and intake, not null
 * @param followUp  {@code follow-up}, not null
 * @param displayNames  {@code display-names}: for each kind given, its names by id, in file order, not null
 * @param versions  {@code versions}, in file order, not null
 */
record PolicySpec(YamlNode root, String name, ZoneId zone, Map<String, CalendarBuilder> calendars,
        List<String> severities, List<CategorySpec> categories, List<TierSpec> tiers, List<String> waiting,
        List<String> events, SectionsSpec sections, Optional<FollowUpSpec> followUp,
        Map<DisplayNames.Kind, Map<String, String>> displayNames, List<VersionSpec> versions) {

    PolicySpec {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
        severities = List.copyOf(severities);
        categories = List.copyOf(categories);
        tiers = List.copyOf(tiers);
        waiting = List.copyOf(waiting);
        events = List.copyOf(events);
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(followUp, "followUp");
        displayNames = Collections.unmodifiableMap(new LinkedHashMap<>(displayNames));
        versions = List.copyOf(versions);
    }

    /**
     * One entry of {@code categories}: a list of kinds, or {@code {kinds, requirement}}.
     *
     * @param name  the category, not null
     * @param kinds  its kinds, not null
     * @param requirement  {@code requirement}, false when not given
     */
    record CategorySpec(String name, List<String> kinds, boolean requirement) {

        CategorySpec {
            Objects.requireNonNull(name, "name");
            kinds = List.copyOf(kinds);
        }
    }

    /**
     * One entry of {@code tiers}: a name in a list of them, or a key of a mapping of them.
     *
     * @param name  the tier, not null
     * @param includes  {@code includes}, empty when not given, not null
     * @param entitled  {@code entitled}, empty when not given, not null
     */
    record TierSpec(String name, List<String> includes, List<String> entitled) {

        TierSpec {
            Objects.requireNonNull(name, "name");
            includes = List.copyOf(includes);
            entitled = List.copyOf(entitled);
        }
    }

    /**
     * The {@code follow-up} section's {@code unconfirmed}.
     *
     * @param every  {@code every}, as written, such as {@code Mon 10:00}, not null
     * @param calendar  {@code calendar}, not null
     */
    record FollowUpSpec(String every, String calendar) {

        FollowUpSpec {
            Objects.requireNonNull(every, "every");
            Objects.requireNonNull(calendar, "calendar");
        }
    }

    /**
     * One entry of {@code versions}: its date and the sections it replaces, whole.
     *
     * @param effectiveFrom  {@code effective-from}, not null
     * @param sections  the sections it gives, not null
     */
    record VersionSpec(LocalDate effectiveFrom, SectionsSpec sections) {

        VersionSpec {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(sections, "sections");
        }
    }
}
