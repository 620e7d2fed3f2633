package org.slakit.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads and writes the text form of a policy's percentages, such as {@code 50%}, {@code 150%} or
 * {@code 12.5%}, used by {@code warn-at} and {@code escalations[i].at}. Whether a percentage lies in
 * the allowed range (above 0 %, at most 1000 %) is checked by the policy builder.
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
     * Returns the text form of a percentage: {@code 50%} for 50, {@code 12.5%} for 12.5.
     *
     * @param percent  the percentage
     * @return the text, not null
     */
    static String format(double percent) {
        if (percent == Math.rint(percent) && Math.abs(percent) < 1e15) {
            return (long) percent + "%";
        }
        return java.math.BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }
}
