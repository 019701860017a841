package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cps.cases.IntakeFixtures.OPERATOR;
import static vn.cps.cases.IntakeFixtures.postIntake;
import static vn.cps.cases.IntakeFixtures.report;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.cps.platform.web.RequestAdmission;

/** Beyond its in-flight limit a service answers 503 at once, and serves again when the load is gone. */
@QuarkusTest
class OverloadTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    RequestAdmission admission;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "cps.http.max-in-flight")
    int limit;

    @Test
    void beyondTheLimitAnIntakeGets503WithRetryAfterAndWritesNothingThenServiceResumes() throws Exception {
        long intakesBefore = intakeRows();
        List<Socket> stalled = new ArrayList<>();
        try {
            // intakes whose bodies never finish arriving: each holds a place until its connection closes
            for (int i = 0; i < limit; i++) {
                stalled.add(stalledIntake());
            }
            await().atMost(Duration.ofSeconds(20)).alias("the stalled intakes fill every place")
                    .until(() -> admission.inFlight() == limit);

            assertProblem(postIntake(OPERATOR, report("Đặng Thu Hà", "48", "20194")).then(), 503)
                    .header("Retry-After", "1");
            // probes are not refused: an orchestrator sees a live service, not a dead one
            given().when().get("/q/health/live").then().statusCode(200);
            assertThat(intakeRows()).as("the refused intake wrote nothing").isEqualTo(intakesBefore);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        await().atMost(Duration.ofSeconds(20)).alias("every place freed when the stalled connections closed")
                .until(() -> admission.inFlight() == 0);
        postIntake(OPERATOR, report("Đặng Thu Hà", "48", "20194")).then().statusCode(201);
        assertThat(intakeRows()).isEqualTo(intakesBefore + 1);
    }

    private Socket stalledIntake() throws Exception {
        Socket socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/intakes HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: " + OPERATOR
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    private long intakeRows() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM intake").getSingleResult()).longValue();
    }
}
