package org.slakit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Gives {@code slakit --version} the build's version: the pom's, written into the jar by Maven's
 * resource filtering ({@code org/slakit/examples/slakit.properties}), so that it is stated once.
 */
final class SlakitVersion implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "slakit.properties";

    /**
     * Returns the version the build wrote, such as {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, not null
     * @throws IllegalStateException if the jar lacks the resource or the build did not fill it in
     */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = SlakitVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + RESOURCE + " is missing from the slakit jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            throw new IllegalStateException("The build did not write its version into " + RESOURCE + ", was '" + version + "'");
        }
        return version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"slakit " + version()};
    }
}
