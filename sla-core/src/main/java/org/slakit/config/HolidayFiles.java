package org.slakit.config;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Where the files a policy's {@code holidays:} list names are found, and the encoding its holiday
 * files ({@code file:}) are read in: the policy's folder and the policy's own encoding, since the
 * one who saved the policy in GBK saved its holiday files so too. Feeds ({@code ical},
 * {@code ical-json}, {@code holiday-cn}) are found here as well, but always read as UTF-8: it is the
 * encoding of iCalendar (RFC 5545) and of JSON (RFC 8259), and the official feeds are published in it.
 *
 * @param folder  the folder names are resolved against
 * @param charset  the encoding of holiday files
 */
record HolidayFiles(Path folder, Charset charset) {

    /** Finds a file the policy names, such as {@code cn-2027.yaml}. */
    Path resolve(String name) {
        return folder.resolve(name);
    }
}
