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
        return new WorkingDays(days);
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
         * @throws NullPointerException if null
         */
        public Within {
            Objects.requireNonNull(duration, "duration");
        }

        /** Gets {@code within}. */
        @Override
        public String key() {
            return "within";
        }

        /** Gets the duration, such as {@code 4h}. */
        @Override
        public String valueText() {
            return text(duration);
        }

        /** Returns {@code within 4h}. */
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
         * @throws NullPointerException if null
         */
        public EndOfWorkingDay {
            Objects.requireNonNull(cutoff, "cutoff");
        }

        /** Gets {@code end-of-business-day}. */
        @Override
        public String key() {
            return "end-of-business-day";
        }

        /** Gets the cutoff, such as {@code 30m}. */
        @Override
        public String valueText() {
            return text(cutoff);
        }

        /** Returns {@code end-of-business-day, cutoff 30m}. */
        @Override
        public String toString() {
            return "end-of-business-day, cutoff " + valueText();
        }
    }

    /**
     * A number of working days ({@code business-days}).
     *
     * @param days  the working days after the start's working day
     */
    record WorkingDays(int days) implements DeadlineRule {
        /** Gets {@code business-days}. */
        @Override
        public String key() {
            return "business-days";
        }

        /** Gets the number of days, such as {@code 2}. */
        @Override
        public String valueText() {
            return Integer.toString(days);
        }

        /** Returns {@code business-days 2}. */
        @Override
        public String toString() {
            return "business-days " + valueText();
        }
    }

    private static String text(Duration d) {
        try {
            return Durations.format(d);
        } catch (java.time.DateTimeException ex) {
            return d.toString();
        }
    }
}
