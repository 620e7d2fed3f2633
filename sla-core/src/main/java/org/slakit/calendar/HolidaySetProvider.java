package org.slakit.calendar;

import java.util.Optional;
import java.util.Set;

/**
 * Offers ready holiday sets by id, found through {@link java.util.ServiceLoader}.
 * <p>
 * {@code org.slakit:sla-calendars} implements it for {@code cn} and {@code hk}, so that sla-core
 * never depends on the data. Implementations must be thread-safe.
 */
public interface HolidaySetProvider {

    /**
     * Gets the ids of the sets this provider offers.
     *
     * @return the ids, such as {@code cn}, not null
     */
    Set<String> ids();

    /**
     * Finds a set by id.
     *
     * @param id  the id, not null
     * @return the set, empty if this provider does not offer it
     */
    Optional<HolidaySet> find(String id);
}
