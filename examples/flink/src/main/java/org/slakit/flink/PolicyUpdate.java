package org.slakit.flink;

import java.time.Instant;

/**
 * A new policy for the job, broadcast to every parallel instance: the policy file's text, and the
 * instant at which it replaces the one before. The job then behaves as {@code SlaTracker}'s
 * {@code advanceTo(at)} followed by {@code withPolicy(policy)}: each ticket held is brought up to
 * {@code at} under the old policy, then compared under both at {@code at}. A Flink POJO.
 * <p>
 * This class is mutable and not thread-safe, as Flink's POJOs are.
 */
public class PolicyUpdate {

    /** The policy, as the text of a policy file ({@code org.slakit.config.PolicyYaml}). */
    public String yaml;
    /** The instant it takes over. */
    public Instant at;

    /** Creates an empty update, for Flink's serializer. */
    public PolicyUpdate() {
    }

    /**
     * Creates an update.
     *
     * @param yaml  the policy's text, not null
     * @param at  the instant it takes over, not null
     */
    public PolicyUpdate(String yaml, Instant at) {
        this.yaml = yaml;
        this.at = at;
    }
}
