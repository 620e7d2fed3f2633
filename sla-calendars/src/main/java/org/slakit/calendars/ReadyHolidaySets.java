package org.slakit.calendars;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendar.HolidaySetProvider;

/**
 * Offers the ready sets of {@link HolidaySets} to sla-core by id ({@code cn}, {@code hk}), through
 * {@link java.util.ServiceLoader}, so that {@code HolidaySet.ofId("cn")} and policies naming
 * {@code holidays: [cn]} find them.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReadyHolidaySets implements HolidaySetProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public ReadyHolidaySets() {
    }

    /**
     * Gets the ids offered: {@code cn} and {@code hk}.
     *
     * @return the ids, not null
     */
    @Override
    public Set<String> ids() {
        return HolidaySets.ids();
    }

    /**
     * Finds a ready set by id, reading it on first use.
     *
     * @param id  the id, not null
     * @return the set, empty if the id is neither {@code cn} nor {@code hk}
     */
    @Override
    public Optional<HolidaySet> find(String id) {
        Objects.requireNonNull(id, "id");
        return HolidaySets.find(id);
    }
}
