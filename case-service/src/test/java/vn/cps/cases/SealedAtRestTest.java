package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cps.platform.sealing.Sealing;
import vn.cps.testkit.TestTokens;

/**
 * The reporter's identity and the child's personal ID are sealed at rest: the raw tables hold none
 * of what was given, the API gives it back, duplicates are still found, and a key rotation reseals
 * every value so that it still reads back.
 */
@QuarkusTest
class SealedAtRestTest {

    static final String WORKER = CaseProcessApiTest.WORKER;
    static final String ADMIN = TestTokens.user("admin-1").roles("admin").jurisdiction("VN").bearer();

    static final String REPORTER_NAME = "Đặng Thị Sương";
    static final String REPORTER_PHONE = "0987654321";
    static final String REPORTER_ADDRESS = "Tổ 5, thôn Phú Sơn";
    static final String PERSONAL_ID = "048216000789";

    @Inject
    EntityManager entityManager;

    @Inject
    Sealing sealing;

    private static Map<String, Object> report(String commune, String personalId) {
        Map<String, Object> body = new HashMap<>(IntakeFixtures.report("Đặng Văn Tài", "48", commune));
        body.put("reporter", Map.of("name", REPORTER_NAME, "phone", "0987 654 321", "address", REPORTER_ADDRESS));
        body.put("child", Map.of("fullName", "Đặng Văn Tài", "sex", "MALE", "birthDate", "2016-08-15",
                "personalId", personalId));
        return body;
    }

    @Test
    void theRawTablesHoldNoneOfTheValuesTheApiGivesBack() {
        JsonPath accepted = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, report("20194", PERSONAL_ID)).then()
                .statusCode(201).extract().jsonPath();
        String intakeId = accepted.getString("intakeId");

        String rawIntake = raw("SELECT row_to_json(i)::text FROM intake i WHERE id = CAST(?1 AS uuid)", intakeId);
        String rawChild = raw("SELECT row_to_json(k)::text FROM intake_child k WHERE intake_id = CAST(?1 AS uuid)", intakeId);
        assertThat(rawIntake + rawChild).doesNotContain("Sương", "Suong", REPORTER_PHONE, "654 321", "Phú Sơn", PERSONAL_ID)
                .contains("sealed:v1:" + sealing.activeKey() + ":");
        assertThat(rawChild).contains(sealing.lookupHash(PERSONAL_ID));
        assertThat(unsealed()).isZero();

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + accepted.getString("caseId")).then()
                .statusCode(200).body("reporter.name", equalTo(REPORTER_NAME)).body("reporter.phone", equalTo(REPORTER_PHONE))
                .body("reporter.address", equalTo(REPORTER_ADDRESS));

        // the same personal ID in another commune is found through its hash alone
        String second = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, report("20263", PERSONAL_ID)).then()
                .statusCode(201).extract().path("caseId");
        List<String> reasons = given().header("Authorization", IntakeFixtures.OPERATOR).when()
                .get("/api/v1/cases/" + second + "/match-suggestions").then().statusCode(200).extract()
                .path("findAll { it.candidateCaseId == '" + accepted.getString("caseId") + "' }.reason");
        assertThat(reasons).containsExactly("SAME_PERSONAL_ID");
    }

    @Test
    void aRotationResealsEveryValueUnderTheActiveKeyAndEachReadsBack() {
        JsonPath accepted = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, report("20194", "048216000790")).then()
                .statusCode(201).extract().jsonPath();
        String caseId = accepted.getString("caseId");
        // as if written under last year's key, and one intake from before sealing existed
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object[] row : rows("SELECT id, reporter_name, reporter_phone, reporter_address FROM intake")) {
                entityManager.createNativeQuery("UPDATE intake SET reporter_name = ?1, reporter_phone = ?2, "
                        + "reporter_address = ?3 WHERE id = ?4").setParameter(1, underOldKey(row[1]))
                        .setParameter(2, underOldKey(row[2])).setParameter(3, underOldKey(row[3])).setParameter(4, row[0])
                        .executeUpdate();
            }
            for (Object[] row : rows("SELECT id, child_personal_id FROM intake_child")) {
                entityManager.createNativeQuery("UPDATE intake_child SET child_personal_id = ?1 WHERE id = ?2")
                        .setParameter(1, underOldKey(row[1])).setParameter(2, row[0]).executeUpdate();
            }
            entityManager.createNativeQuery("UPDATE intake SET reporter_name = ?1 WHERE id = CAST(?2 AS uuid)")
                    .setParameter(1, "Người báo cũ").setParameter(2, accepted.getString("intakeId")).executeUpdate();
            entityManager.createNativeQuery("UPDATE intake_child SET child_personal_id = ?1, child_personal_id_hash = NULL "
                    + "WHERE intake_id = CAST(?2 AS uuid)").setParameter(1, "048216000790")
                    .setParameter(2, accepted.getString("intakeId")).executeUpdate();
        });
        long staleIntakes = count("SELECT count(*) FROM intake WHERE left(reporter_name, 20) <> 'sealed:v1:test-2026:' "
                + "OR left(reporter_phone, 20) <> 'sealed:v1:test-2026:' OR left(reporter_address, 20) <> 'sealed:v1:test-2026:'");
        long staleChildren = count("SELECT count(*) FROM intake_child WHERE child_personal_id IS NOT NULL");
        assertThat(staleIntakes).isPositive();
        assertThat(staleChildren).isPositive();
        // the old key still opens what it sealed, before any rotation
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("reporter.phone", equalTo(REPORTER_PHONE));

        assertProblem(given().header("Authorization", WORKER).when().post("/api/v1/admin/keys/rotation").then(), 403);
        JsonPath rotation = given().header("Authorization", ADMIN).when().post("/api/v1/admin/keys/rotation").then()
                .statusCode(200).body("activeKey", equalTo("test-2026")).extract().jsonPath();
        assertThat(rotation.getLong("tables.find { it.table == 'intake' }.resealed")).isEqualTo(staleIntakes);
        assertThat(rotation.getLong("tables.find { it.table == 'intake_child' }.resealed")).isEqualTo(staleChildren);
        assertThat(rotation.getList("tables.unreadable", Long.class)).containsOnly(0L);

        assertThat(unsealed()).isZero();
        assertThat(count("SELECT count(*) FROM intake WHERE left(reporter_name, 20) = 'sealed:v1:test-2025:' "
                + "OR left(reporter_phone, 20) = 'sealed:v1:test-2025:' OR left(reporter_address, 20) = 'sealed:v1:test-2025:'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM intake_child WHERE child_personal_id IS NOT NULL "
                + "AND (left(child_personal_id, 20) <> 'sealed:v1:test-2026:' OR child_personal_id_hash IS NULL)")).isZero();
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("reporter.name", equalTo("Người báo cũ")).body("reporter.phone", equalTo(REPORTER_PHONE))
                .body("reporter.address", equalTo(REPORTER_ADDRESS));
        // every value opens under the ring, and the legacy personal ID got its hash back
        for (Object[] row : rows("SELECT reporter_name, reporter_phone, reporter_address FROM intake")) {
            for (Object value : row) {
                if (value != null) {
                    assertThat(sealing.open((String) value)).isNotBlank();
                }
            }
        }
        assertThat(raw("SELECT child_personal_id_hash FROM intake_child WHERE intake_id = CAST(?1 AS uuid)",
                accepted.getString("intakeId"))).isEqualTo(sealing.lookupHash("048216000790"));

        // a second run has nothing left to do
        given().header("Authorization", ADMIN).when().post("/api/v1/admin/keys/rotation").then().statusCode(200)
                .body("tables.resealed", equalTo(List.of(0, 0)));
    }

    private String underOldKey(Object stored) {
        return stored == null ? null : sealing.sealUnder("test-2025", sealing.open((String) stored));
    }

    /** Sealed columns holding a value that is not sealed. */
    private long unsealed() {
        return count("SELECT count(*) FROM intake WHERE left(reporter_name, 10) <> 'sealed:v1:' "
                + "OR left(reporter_phone, 10) <> 'sealed:v1:' OR left(reporter_address, 10) <> 'sealed:v1:'")
                + count("SELECT count(*) FROM intake_child WHERE left(child_personal_id, 10) <> 'sealed:v1:'");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }

    private String raw(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> String.join("\n",
                ((List<?>) entityManager.createNativeQuery(sql).setParameter(1, id).getResultList()).stream()
                        .map(String::valueOf).toList()));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

}
