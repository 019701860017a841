package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.Topics;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.testkit.CaseEventsFixture;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class InboxTest {

    private static String worker(String commune) {
        return TestTokens.user("cw-" + commune).roles("case-worker").jurisdiction(commune).bearer();
    }

    private static JsonPath inbox(String bearer, String query) {
        return given().header("Authorization", bearer).when().get("/api/v1/notifications" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> references(String bearer) {
        return inbox(bearer, "?limit=200").getList("items.caseReference");
    }

    private static CaseOpenedV1 opened(String commune) {
        return CaseEventsFixture.caseOpened(commune.substring(0, 2), commune, "MALE", List.of("VIOLENCE"),
                Instant.now().minusSeconds(60));
    }

    @Test
    void aNewCaseReachesTheInboxOfItsCommuneOnly() {
        CaseOpenedV1 event = opened("20209");
        CaseEventsFixture.publish(event);
        String worker = worker("20209");
        await().atMost(Duration.ofSeconds(30)).until(() -> references(worker).contains(event.reference()));

        JsonPath page = inbox(worker, "");
        assertThat(page.getString("items[0].type")).isEqualTo("CASE_OPENED");
        assertThat(page.getString("items[0].link")).isEqualTo("/api/v1/cases/" + event.caseId());
        assertThat(Instant.parse(page.getString("items[0].deadline"))).isEqualTo(event.emergencyDeadline());
        assertThat(page.getLong("unreadCount")).isEqualTo(1);

        assertThat(references(worker("20242"))).doesNotContain(event.reference());
        String supervisor = TestTokens.user("sup").roles("case-supervisor").jurisdiction("48").bearer();
        assertThat(references(supervisor)).doesNotContain(event.reference());
    }

    @Test
    void readingAnEntryLowersTheUnreadCountAndOtherCommunesCannotTouchIt() {
        CaseOpenedV1 event = opened("20257");
        CaseEventsFixture.publish(event);
        String worker = worker("20257");
        await().atMost(Duration.ofSeconds(30)).until(() -> references(worker).contains(event.reference()));
        String id = inbox(worker, "").getString("items[0].id");

        assertProblem(given().header("Authorization", worker("20260")).when()
                .post("/api/v1/notifications/" + id + "/read").then(), 404);
        given().header("Authorization", worker).when().post("/api/v1/notifications/" + id + "/read")
                .then().statusCode(200).body("readAt", org.hamcrest.Matchers.notNullValue());
        assertThat(inbox(worker, "").getLong("unreadCount")).isZero();
        assertThat(inbox(worker, "?unread=true").getList("items")).isEmpty();
    }

    @Test
    void eachPersonReadsOnTheirOwn() {
        CaseOpenedV1 event = opened("20263");
        CaseEventsFixture.publish(event);
        String first = TestTokens.user("cw-20263-a").roles("case-worker").jurisdiction("20263").bearer();
        String second = TestTokens.user("cw-20263-b").roles("case-worker").jurisdiction("20263").bearer();
        await().atMost(Duration.ofSeconds(30)).until(() -> references(first).contains(event.reference()));
        String id = inbox(first, "").getString("items[0].id");

        given().header("Authorization", first).when().post("/api/v1/notifications/" + id + "/read").then()
                .statusCode(200);
        assertThat(inbox(first, "").getLong("unreadCount")).isZero();
        assertThat(inbox(second, "").getLong("unreadCount")).isEqualTo(1);
        assertThat(inbox(second, "?unread=true").getList("items.id")).containsExactly(id);
        assertThat(inbox(second, "").getString("items[0].readAt")).isNull();
    }

    @Test
    void theSameEventDeliveredTwiceGivesOneNotification() {
        CaseOpenedV1 event = opened("20275");
        String eventId = UUID.randomUUID().toString();
        CaseEventsFixture.publish(event, eventId);
        CaseEventsFixture.publish(event, eventId);
        // same key, same partition: once the marker arrives, both copies were consumed
        CaseOpenedV1 marker = new CaseOpenedV1(event.caseId(), "48-2026-999999", event.intakeId(), "48", "20275",
                "HOTLINE_111", List.of("NEGLECT"), "FEMALE", "0-5", "RECEIVED", event.receivedAt(), event.emergencyDeadline(),
                event.incidentGroupId());
        CaseEventsFixture.publish(marker);
        String worker = worker("20275");
        await().atMost(Duration.ofSeconds(30)).until(() -> references(worker).contains("48-2026-999999"));
        assertThat(references(worker)).filteredOn(event.reference()::equals).hasSize(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndDoesNotStopThePartition() {
        EventLog.publish(Topics.CASE_EVENTS, "poison-key", null, null, "{not json");
        EventLog.Published poison = EventLog.awaitRecord(Topics.CASE_EVENTS + ".notification-service.dlq",
                "the poison record, key poison-key", r -> "poison-key".equals(r.key()), Duration.ofSeconds(30));
        assertThat(poison.header("dead-letter-reason")).contains("ce_id");

        CaseOpenedV1 after = opened("20285");
        CaseEventsFixture.publish(after);
        await().atMost(Duration.ofSeconds(30)).until(() -> references(worker("20285")).contains(after.reference()));
    }

    @Test
    void pagesFollowTheCursorWithoutOverlap() {
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CaseOpenedV1 event = opened("20305");
            CaseEventsFixture.publish(event);
            published.add(event.reference());
        }
        String worker = worker("20305");
        await().atMost(Duration.ofSeconds(30)).until(() -> references(worker).size() == 5);
        JsonPath first = inbox(worker, "?limit=2");
        JsonPath second = inbox(worker, "?limit=2&cursor=" + first.getString("nextCursor"));
        JsonPath third = inbox(worker, "?limit=2&cursor=" + second.getString("nextCursor"));
        List<String> seen = new ArrayList<>(first.getList("items.caseReference"));
        seen.addAll(second.getList("items.caseReference"));
        seen.addAll(third.getList("items.caseReference"));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(published);
        assertThat(third.getString("nextCursor")).isNull();
    }

    @Test
    void withoutATokenOrWithTheWrongRoleTheInboxIsClosed() {
        assertProblem(given().when().get("/api/v1/notifications").then(), 401);
        String analyst = TestTokens.user("an").roles("analyst").jurisdiction("VN").bearer();
        assertProblem(given().header("Authorization", analyst).when().get("/api/v1/notifications").then(), 403);
    }

    @Test
    void badParametersAreProblems() {
        assertProblem(given().header("Authorization", worker("20209")).when().get("/api/v1/notifications?limit=0")
                .then(), 400).body("violations.field", hasItem("limit"));
        assertProblem(given().header("Authorization", worker("20209")).when()
                .get("/api/v1/notifications?limit=many").then(), 400);
        assertProblem(given().header("Authorization", worker("20209")).when()
                .get("/api/v1/notifications?cursor=bm90LWEtY3Vyc29y").then(), 422)
                .body("violations[0].field", equalTo("cursor"));
        assertProblem(given().header("Authorization", worker("20209")).when()
                .post("/api/v1/notifications/" + UUID.randomUUID() + "/read").then(), 404);
    }
}
