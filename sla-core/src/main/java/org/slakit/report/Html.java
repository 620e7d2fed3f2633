package org.slakit.report;

/**
 * Escapes text for HTML and SVG: the same escape serves element content and quoted attribute
 * values, so every text of a page goes through {@link #escape} whatever its context.
 */
final class Html {

    private Html() {
    }

    /**
     * Escapes {@code & < > " '}; everything else, Chinese included, stays as it is (the page is UTF-8).
     * {@code a<b & "c" 'd' 服务} becomes {@code a&lt;b &amp; &quot;c&quot; &#39;d&#39; 服务}.
     */
    static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Estimates the width of a text in a sans-serif font, in units of the font size: a CJK character
     * is one em wide, other characters about 0.6 em. Charts use it to place labels without overlap.
     */
    static double width(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            em += cp >= 0x2E80 ? 1.0 : cp == ' ' ? 0.3 : 0.6;
        }
        return em * fontSize;
    }
}
