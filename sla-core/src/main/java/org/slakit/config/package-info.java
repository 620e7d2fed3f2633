/**
 * Reading and writing slakit's YAML files: policies ({@link org.slakit.config.PolicyYaml}, which
 * loads and writes them), holiday files ({@link org.slakit.config.HolidayYaml}) and ticket files
 * ({@link org.slakit.config.TicketYaml}), with the times of tickets and of the command line read by
 * {@link org.slakit.config.Timestamps}. A file that breaks the format or a rule is a
 * {@link org.slakit.config.PolicyException} naming every problem as
 * {@code file:line:column: path: message}.
 * <p>
 * A file is read in steps, and its problems are reported in two rounds. {@code SafeYaml} reads the
 * text into a tree of nodes, each knowing its YAML path, line and column. A reader turns the tree
 * into spec records, plain and immutable descriptions of what the file says: for a policy,
 * {@code PolicyReader} gives a {@code PolicySpec}, reading the targets, escalations, out-of-hours
 * and intake with {@code SectionsReader} (which each entry of {@code versions} reuses) and the
 * calendars with {@code CalendarYaml} (which reads each calendar straight into a calendar
 * builder). Every problem of form (a missing, unknown or misshapen key or value; an unknown key
 * gets a "did you mean") is collected, and all are thrown before anything is built: the first
 * round. Then the spec goes to the public builders, {@code PolicyAssembler} giving it to
 * {@link org.slakit.policy.SlaPolicy#builder}, which hold the rules a file and Java code share.
 * Every problem a builder finds carries a YAML path, such as {@code targets[2].within}; it is
 * placed at the deepest node of the tree on that path, and so at its line and column: the second
 * round. Holiday and ticket files take the same steps with their own records. Writing goes the
 * other way ({@code PolicyWriter}), and a written policy reads back equal.
 * <p>
 * YAML is read safely: anchors, aliases and tags are rejected, a key given twice is rejected, and
 * the size of a document and the depth of its nesting are bounded. This is the only package of
 * slakit that knows about YAML.
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise.
 */
package org.slakit.config;
