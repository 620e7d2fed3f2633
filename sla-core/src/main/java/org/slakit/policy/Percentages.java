package org.slakit.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slakit.calendar.Problem;

/**
 * Reads and writes the text form of a policy's percentages, such as {@code 50%}, {@code 150%} or
 * {@code 12.5%}, used by {@code warn-at} and {@code escalations[i].at}, and checks that one lies in
 * the allowed range (above 0 %, at most 1000 %). Percent text is written nowhere else.
 * <p>
 * {@code parse(format(p)) == p} for every finite, non-negative percentage. This class is immutable
 * and thread-safe.
 */
final class Percentages {

    private static final Pattern PERCENT = Pattern.compile("\\d{1,6}(\\.\\d{1,6})?%");

    private Percentages() {
    }

    /**
     * Obtains a percentage from its text form, such as {@code 50%}.
     *
     * @param text  the text, a number with a percent sign, not null
     * @return the percentage, such as 50.0, not null
     * @throws IllegalArgumentException if the text is not a number followed by {@code %}, naming the text
     */
    static double parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (!PERCENT.matcher(s).matches()) {
            throw new IllegalArgumentException("Percentage '" + text + "' is not a number followed by %, such as 50% or 12.5%");
        }
        return Double.parseDouble(s.substring(0, s.length() - 1));
    }

    /**
     * Returns the text form of a percentage: {@code 50%} for 50, {@code 12.5%} for 12.5, {@code 0.0001%}
     * for 0.0001; a value that is not finite, which only a message about a bad value shows, as
     * {@code NaN%} or {@code Infinity%}.
     *
     * @param percent  the percentage
     * @return the text, not null
     */
    static String format(double percent) {
        if (!Double.isFinite(percent)) {
            return percent + "%";
        }
        if (percent == Math.rint(percent) && Math.abs(percent) < 1e15) {
            return (long) percent + "%";
        }
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * Checks that a percentage of a budget is above 0 % and at most 1000 %, adding a problem at path
     * when it is not.
     *
     * @param path  the YAML path of the percentage, such as {@code targets[2].warn-at[0]}, not null
     * @param percent  the percentage
     * @param problems  the problems found so far, not null
     */
    static void check(String path, double percent, List<Problem> problems) {
        if (!(percent > 0 && percent <= 1000)) {
            problems.add(new Problem(path, "A percentage must be above 0% and at most 1000%, was " + format(percent)));
        }
    }
}
