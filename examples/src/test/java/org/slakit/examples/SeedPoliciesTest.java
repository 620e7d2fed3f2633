package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;

class SeedPoliciesTest {

    @ParameterizedTest
    @ValueSource(strings = {"hk-pos-erp.yaml", "pos-vendor.yaml", "restaurant-system.yaml", "heating-billing.yaml"})
    void load_examplePolicy_writesBackToAnEqualPolicy(String file) {
        SlaPolicy policy = PolicyYaml.load(Path.of("policies", file));
        String written = PolicyYaml.write(policy);
        SlaPolicy again = PolicyYaml.read(written, file + " (written)");
        assertEquals(policy, again, written);
    }
}
