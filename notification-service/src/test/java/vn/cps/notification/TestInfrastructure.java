package vn.cps.notification;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.cps.testkit.KafkaResource;
import vn.cps.testkit.PostgresResource;

/**
 * Real PostgreSQL, a real Kafka broker, the test OIDC server, a real SMTP server and a real HTTP
 * endpoint for webhooks and the SMS gateway, shared by every test class (one app boot).
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PartnerEndpoint.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
