package vn.cps.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.PublishedOutbox;

/**
 * The indicator families computed from case events (docs/indicators.md), measured per commune,
 * province and nation, half-year and year, and published for plan-service. 2015 is used by no other
 * test, so the nation's figures are those of the five cases below.
 */
@QuarkusTest
class ComputedIndicatorsTest {

    private static final String HAI_VAN = "20194";
    private static final String HOA_KHANH = "20200";

    @Inject
    DataSource dataSource;

    @Test
    void everyFamilyIsMeasuredFromTheCasesPerPlaceAndPeriod() throws Exception {
        // c1: hotline, violence, in special circumstances; a measure and a plan on time; closed, goals met
        Events.Case c1 = Events.Case.at("48", HAI_VAN, Events.morningOf("2015-01-10"));
        Events.open(c1, "FEMALE", "6-10", "HOTLINE_111", List.of("VIOLENCE"));
        Events.childGroups(c1, "VIOLENCE_SEVERE_HARM");
        Events.measure(c1, true);
        Events.planApproved(c1, true);
        Events.referral(c1, "HEALTH-48", "requested", UUID.randomUUID(), Duration.ofDays(1));
        UUID answeredInTime = Events.referral(c1, "POLICE-48", "requested", UUID.randomUUID(), Duration.ofDays(1));
        Events.referral(c1, "POLICE-48", "accepted", answeredInTime, Duration.ofDays(2));
        UUID withdrawn = Events.referral(c1, "EDU-48", "requested", UUID.randomUUID(), Duration.ofDays(1));
        Events.referral(c1, "EDU-48", "withdrawn", withdrawn, Duration.ofDays(2));
        Events.closedAfterReview(c1, "MET", Duration.ofDays(30));
        // the health centre's referral of c1 is never answered: due on day 3, so late
        // c2: hotline, sexual abuse, special; no emergency; the plan late; closed, goals not met
        Events.Case c2 = Events.Case.at("48", HAI_VAN, Events.morningOf("2015-02-10"));
        Events.open(c2, "FEMALE", "11-15", "HOTLINE_111", List.of("SEXUAL_ABUSE"));
        Events.childGroups(c2, "VIOLENCE_SEVERE_HARM", "SEXUALLY_ABUSED");
        Events.assessed(c2, false);
        Events.planApproved(c2, false);
        UUID answeredLate = Events.referral(c2, "POLICE-48", "requested", UUID.randomUUID(), Duration.ofDays(1));
        Events.referral(c2, "POLICE-48", "declined", answeredLate, Duration.ofDays(5));
        Events.closedAfterReview(c2, "NOT_MET", Duration.ofDays(40));
        // c3: walk-in, neglect, special; the 12 hours missed, no plan yet: identified, not supported
        Events.Case c3 = Events.Case.at("48", HAI_VAN, Events.morningOf("2015-03-10"));
        Events.open(c3, "MALE", "0-5", "WALK_IN", List.of("NEGLECT"));
        Events.childGroups(c3, "NO_CARER");
        Events.deadlineMissed(c3, "EMERGENCY_MEASURES");
        // c4 (second half): walk-in, drowning is no abuse, no group; a plan on time
        Events.Case c4 = Events.Case.at("48", HOA_KHANH, Events.morningOf("2015-08-10"));
        Events.open(c4, "MALE", "6-10", "WALK_IN", List.of("DROWNING"));
        Events.assessed(c4, false);
        Events.planApproved(c4, true);
        // c5: a hotline report of violence found not substantiated: a report received, no abused child
        Events.Case c5 = Events.Case.at("48", HOA_KHANH, Events.morningOf("2015-09-10"));
        Events.open(c5, "FEMALE", "6-10", "HOTLINE_111", List.of("VIOLENCE"));
        Events.childGroups(c5, "VIOLENCE_SEVERE_HARM");
        Events.closed(c5, "NOT_SUBSTANTIATED", Duration.ofDays(2));
        // a duplicate report merged into c1 counts nowhere
        Events.Case merged = Events.Case.at("48", HAI_VAN, Events.morningOf("2015-01-11"));
        Events.open(merged, "FEMALE", "6-10", "HOTLINE_111", List.of("VIOLENCE"));
        Events.merged(merged, c1);

        Map<String, String> expected = new LinkedHashMap<>();
        for (String place : List.of("VN", "48")) {
            expected.put("II-0101 " + place + " Y", "3");
            expected.put("II-0101 " + place + " H1", "3");
            expected.put("II-0101 " + place + " H2", "0");
            expected.put("CASE-01 " + place + " Y", "3");
            expected.put("CASE-02 " + place + " Y", "2");
            expected.put("NPA-06 " + place + " Y", "66.67");
            expected.put("CASE-03 " + place + " Y", "5");
            expected.put("CASE-03 " + place + " H1", "3");
            expected.put("CASE-03 " + place + " H2", "2");
            expected.put("CASE-04 " + place + " Y", "60.00");
            expected.put("CASE-04 " + place + " H1", "66.67");
            expected.put("CASE-05 " + place + " Y", "66.67");
            expected.put("CASE-06 " + place + " Y", "50.00");
            expected.put("CASE-07 " + place + " Y", "66.67");
            expected.put("CASE-07 " + place + " H2", "100.00");
            expected.put("CASE-08 " + place + " Y", "33.33");
            expected.put("CASE-09 " + place + " Y", "2");
            expected.put("CASE-10 " + place + " Y", "50.00");
        }
        expected.put("II-0101 " + HAI_VAN + " Y", "3");
        expected.put("II-0101 " + HOA_KHANH + " Y", "0");
        expected.put("CASE-03 " + HOA_KHANH + " H2", "2");
        expected.put("CASE-04 " + HOA_KHANH + " Y", "50.00");
        expected.put("NPA-06 " + HAI_VAN + " H1", "66.67");
        expected.put("CASE-08 " + HAI_VAN + " Y", "33.33");
        expected.put("CASE-10 " + HAI_VAN + " H1", "50.00");

        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> latest = new TreeMap<>();
        Map<String, String> seen = new TreeMap<>();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!ReplayAndIndicatorsTest.caughtUp() || PublishedOutbox.unpublished(dataSource) > 0) {
                    return false;
                }
                latest.clear();
                for (EventLog.Published r : EventLog.readToEnd(Topics.REPORTING_EVENTS)) {
                    JsonNode v = json.readTree(r.value());
                    if (v.path("year").asInt() == 2015) {
                        latest.put(v.path("indicatorCode").asText() + " " + v.path("jurisdiction").asText() + " "
                                + v.path("period").asText("Y"), v);
                    }
                }
                seen.clear();
                expected.keySet().forEach(k -> seen.put(k, latest.containsKey(k)
                        ? new BigDecimal(latest.get(k).path("value").asText()).setScale(
                                expected.get(k).contains(".") ? 2 : 0, java.math.RoundingMode.UNNECESSARY).toPlainString()
                        : "(none)"));
                return seen.equals(new TreeMap<>(expected));
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("Awaited the 2015 indicators " + expected + " once all was consumed and published;"
                    + " latest published: " + seen, e);
        }

        JsonNode share = latest.get("NPA-06 48 Y");
        assertThat(share.path("numerator").decimalValue()).isEqualByComparingTo("2");
        assertThat(share.path("denominator").decimalValue()).isEqualByComparingTo("3");
        assertThat(latest.get("CASE-03 48 Y").path("denominator").isNull()).as("a count has no denominator").isTrue();
        assertThat(EventSchemaAssert.violations(EventTypes.REPORTING_INDICATOR_MEASURED_V1,
                json.writeValueAsString(share))).isEmpty();
        // nothing about the merged duplicate nor any commune without cases of its own
        assertThat(latest.keySet()).allMatch(k -> k.contains(" VN ") || k.contains(" 48 ") || k.contains(HAI_VAN)
                || k.contains(HOA_KHANH));
    }
}
