package vn.cps.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cps.testkit.OpenApiContract;

/**
 * The OpenAPI document is a contract: clients/java is generated from the committed copy, so the
 * served one may not drift from it, and the committed one passes the lint.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theServedDocumentIsTheCommittedOneAndPassesTheLint() {
        OpenApiContract.assertServedDocumentIsCommittedAndClean();
    }
}
