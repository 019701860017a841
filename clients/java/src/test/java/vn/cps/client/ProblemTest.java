package vn.cps.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void readsAProblemWithItsViolationsAndExtensionMembers() {
        Problem problem = Problem.read("""
                {"type":"https://cps.gov.vn/problems/step-not-allowed","title":"Conflict","status":409,
                 "detail":"The case is CLOSED: recordEmergencyMeasure is not allowed","allowed":["REOPEN"],
                 "violations":[{"field":"child.birthDate","message":"must be in the past"}]}""").orElseThrow();
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.slug()).isEqualTo("step-not-allowed");
        assertThat(problem.violations()).containsExactly(new Problem.Violation("child.birthDate", "must be in the past"));
        assertThat(problem.members().path("allowed").get(0).asText()).isEqualTo("REOPEN");
    }

    @Test
    void aBodyThatIsNoProblemGivesNone() {
        assertThat(Problem.read(null)).isEmpty();
        assertThat(Problem.read("")).isEmpty();
        assertThat(Problem.read("<html>502 Bad Gateway</html>")).isEmpty();
        assertThat(Problem.read("{\"status\":502}")).isEmpty();
    }
}
