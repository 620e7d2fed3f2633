/**
 * Reading slakit's YAML files: holiday files ({@link org.slakit.config.HolidayYaml}) and, later,
 * policies, with every problem reported as {@code file:line:column: path: message}
 * ({@link org.slakit.config.PolicyException}).
 * <p>
 * YAML is read safely: anchors, aliases and tags are rejected, a key given twice is rejected, and
 * the size of a document and the depth of its nesting are bounded. This is the only package of
 * slakit that knows about YAML.
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise.
 */
package org.slakit.config;
