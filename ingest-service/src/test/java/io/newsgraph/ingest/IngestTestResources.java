package io.newsgraph.ingest;

import io.newsgraph.testsupport.KafkaTestResource;
import io.newsgraph.testsupport.OidcTestResource;
import io.newsgraph.testsupport.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * The real parts every ingest-service test runs against, started once for all test classes:
 * PostgreSQL, Kafka, an OIDC provider and the nlp-service double.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = NlpServiceDouble.class, scope = TestResourceScope.GLOBAL)
public final class IngestTestResources {

    private IngestTestResources() {}
}
