package org.slakit.policy;

import java.util.ArrayList;
import java.util.List;
import org.slakit.calendar.Problem;

/**
 * Checks the versions of a policy: each comes after the one before it and replaces at least one
 * section, and the sections it replaces are checked as the policy's own are, its escalations against
 * the targets in force from its date.
 */
final class VersionChecks {

    private VersionChecks() {
    }

    /**
     * Checks the versions as given to the builder, adding each problem found.
     *
     * @param ownTargets  the policy's own targets, null when they were not given
     */
    static List<PolicyVersion> check(List<PolicyVersion.Builder> drafts, List<Target> ownTargets, SectionChecks sections,
            List<Problem> problems) {
        List<PolicyVersion> out = new ArrayList<>();
        List<Target> inForce = ownTargets;
        for (int i = 0; i < drafts.size(); i++) {
            PolicyVersion.Builder v = drafts.get(i);
            String owner = "versions[" + i + "]";
            if (i > 0 && !v.effectiveFrom.isAfter(drafts.get(i - 1).effectiveFrom)) {
                problems.add(new Problem(owner + ".effective-from", "Version effective from " + v.effectiveFrom
                        + " must come after the version before it, effective from " + drafts.get(i - 1).effectiveFrom));
            }
            if (v.sections.isEmpty()) {
                problems.add(new Problem(owner, "A version must replace at least one of targets, escalations,"
                        + " out-of-hours or intake, was none"));
            }
            if (v.sections.targets != null && v.sections.targets.isEmpty()) {
                problems.add(new Problem(owner + ".targets", "A version's targets need at least one target, was none"));
            }
            SectionChecks.Checked c = sections.check(owner, v.sections, inForce);
            if (c.targets() != null) {
                inForce = c.targets();
            }
            out.add(new PolicyVersion(v.effectiveFrom, c.targets(), c.escalations(), c.outOfHours(), c.intake()));
        }
        return out;
    }
}
