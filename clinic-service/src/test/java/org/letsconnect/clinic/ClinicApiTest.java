package org.letsconnect.clinic;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;

/**
 * What most clinic API tests start from: the token issuer, the event probe, and for each test an organizer no
 * other test signs in as. A test class extends it and carries {@code @QuarkusTest @WithTestInfrastructure} itself.
 */
public abstract class ClinicApiTest {

    @InjectInfrastructure
    protected DevIssuer issuer;
    @InjectInfrastructure
    protected EventProbe events;
    /** The token of this test's own organizer. */
    protected String organizer;

    @BeforeEach
    void signInOrganizer() {
        organizer = issuer.token("Organizer " + UUID.randomUUID(), "organizer");
    }
}
