package org.slakit.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How a target's deadline is fixed when its clock starts: {@code within} a duration of business
 * time, by the end of the working day with a cutoff ({@code end-of-business-day}), or after a number
 * of working days ({@code business-days}). Every rule becomes a budget of business time at the
 * clock's start.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface DeadlineRule permits DeadlineRule.Within, DeadlineRule.EndOfWorkingDay, DeadlineRule.WorkingDays {

    /**
     * Obtains a rule that allows a duration of business time on the target's calendar (elapsed time
     * on {@code 24x7}).
     *
     * @param duration  the budget, not null
     * @return the rule, not null
     */
    static DeadlineRule within(Duration duration) {
        return new Within(duration);
    }

    /**
     * Obtains a rule that ends with the start's working day when at least the cutoff of business
     * time is left of it, and otherwise with the next working day ({@code end-of-business-day}).
     *
     * @param cutoff  the business time that must be left, not null
     * @return the rule, not null
     */
    static DeadlineRule endOfWorkingDay(Duration cutoff) {
        return new EndOfWorkingDay(cutoff);
    }

    /**
     * Obtains a rule that ends with the working day that lies the given number of working days after
     * the start's working day ({@code business-days}).
     *
     * @param days  the working days
     * @return the rule, not null
     */
    static DeadlineRule workingDays(int days) {
        return new WorkingDays(days, false);
    }

    /**
     * Obtains a rule that ends at the start's time of day on the working day that lies the given
     * number of working days after the start's working day, or at the next opening when that time is
     * closed ({@code business-days: {days: N, at: same-time}}): what biz, jBPM, GLPI and
     * working_hours mean by "N business days". Mon 10:30 + 2 is Wed 10:30; Fri 17:00 + 1 is Mon 17:00;
     * with a lunch break 12:00-13:30, Mon 12:45 counts from 13:30 and + 1 is Tue 13:30.
     *
     * @param days  the working days
     * @return the rule, not null
     */
    static DeadlineRule workingDaysAtSameTime(int days) {
        return new WorkingDays(days, true);
    }

    /**
     * Gets the YAML key of the rule: {@code within}, {@code end-of-business-day} or {@code business-days}.
     *
     * @return the key, not null
     */
    String key();

    /**
     * Gets the rule's value in its YAML text form: the duration of {@code within} ({@code 4h}), the
     * cutoff of {@code end-of-business-day} ({@code 30m}), or the number of {@code business-days}
     * ({@code 2}). Durations read back through the policy's duration parser.
     *
     * @return the text, not null
     */
    String valueText();

    /**
     * A duration of business time.
     *
     * @param duration  the budget, not null
     */
    record Within(Duration duration) implements DeadlineRule {
        /**
         * Checks the component.
         *
         * @param duration  the budget of business time, such as 4 hours, not null
         * @throws NullPointerException if null
         */
        public Within {
            Objects.requireNonNull(duration, "duration");
        }

        /**
         * Gets the YAML key, {@code within}.
         *
         * @return the key, not null
         */
        @Override
        public String key() {
            return "within";
        }

        /**
         * Gets the duration in its YAML text form, such as {@code 4h}.
         *
         * @return the text, not null
         */
        @Override
        public String valueText() {
            return Durations.text(duration);
        }

        /**
         * Returns the rule in words, such as {@code within 4h}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "within " + valueText();
        }
    }

    /**
     * The end of the working day, with a cutoff ({@code end-of-business-day}).
     *
     * @param cutoff  the business time that must be left of the day, not null
     */
    record EndOfWorkingDay(Duration cutoff) implements DeadlineRule {
        /**
         * Checks the component.
         *
         * @param cutoff  the business time that must be left of the day for it to count, such as 1 hour, not null
         * @throws NullPointerException if null
         */
        public EndOfWorkingDay {
            Objects.requireNonNull(cutoff, "cutoff");
        }

        /**
         * Gets the YAML key, {@code end-of-business-day}.
         *
         * @return the key, not null
         */
        @Override
        public String key() {
            return "end-of-business-day";
        }

        /**
         * Gets the cutoff in its YAML text form, such as {@code 30m}.
         *
         * @return the text, not null
         */
        @Override
        public String valueText() {
            return Durations.text(cutoff);
        }

        /**
         * Returns the rule in words, such as {@code end-of-business-day, cutoff 30m}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "end-of-business-day, cutoff " + valueText();
        }
    }

    /**
     * A number of working days ({@code business-days}): to the end of the last of them, or, with
     * {@code sameTime}, to the start's time of day on it ({@code at: same-time}).
     *
     * @param days  the working days after the start's working day
     * @param sameTime  true to end at the start's time of day, false to end with the working day
     */
    record WorkingDays(int days, boolean sameTime) implements DeadlineRule {
        /**
         * Creates the rule that ends with the last working day ({@code at: end-of-day}).
         *
         * @param days  the working days after the start's working day
         */
        public WorkingDays(int days) {
            this(days, false);
        }

        /**
         * Gets the YAML key, {@code business-days}.
         *
         * @return the key, not null
         */
        @Override
        public String key() {
            return "business-days";
        }

        /**
         * Gets the number of working days as text, such as {@code 2}.
         *
         * @return the text, not null
         */
        @Override
        public String valueText() {
            return Integer.toString(days);
        }

        /**
         * Returns the rule in words, such as {@code business-days 2}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "business-days " + valueText() + (sameTime ? " at same-time" : "");
        }
    }
}
