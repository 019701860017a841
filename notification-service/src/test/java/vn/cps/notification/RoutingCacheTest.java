package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.notification.domain.DeadlineReminder;
import vn.cps.notification.domain.DirectoryPerson;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.domain.RoutingRule;
import vn.cps.notification.domain.Recipient;
import vn.cps.notification.persistence.DirectoryStore;
import vn.cps.notification.persistence.EnabledRules;
import vn.cps.notification.persistence.RecipientRepository;
import vn.cps.notification.persistence.ReminderRepository;
import vn.cps.notification.service.RoutingCacheExpiry;
import vn.cps.notification.service.RoutingRules;
import vn.cps.testkit.TestTokens;

/**
 * Routing reads its rules and the directory for every event, from caches that the writes of that
 * same routing must leave in place, and that expire so that another replica's changes arrive.
 */
@QuarkusTest
class RoutingCacheTest {

    @Inject
    EnabledRules enabledRules;

    @Inject
    RoutingRules routingRules;

    @Inject
    ReminderRepository reminders;

    @Inject
    DirectoryStore directory;

    @Inject
    RecipientRepository recipients;

    @Inject
    RoutingCacheExpiry expiry;

    @Test
    void schedulingRemindersLeavesTheEnabledRulesInPlaceUntilTheyExpire() {
        List<RoutingRule> opened = rulesOf(EventTypes.CASE_OPENED_V1);
        assertThat(opened).as("enabled rules of %s", EventTypes.CASE_OPENED_V1).isNotEmpty();
        assertThat(rulesOf(EventTypes.CASE_OPENED_V1)).as("read again").isSameAs(opened);

        // what routing a case.opened writes besides its notifications: a native multi-row insert
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> reminders.scheduleIfAbsent(List.of(DeadlineReminder.schedule(
                UUID.randomUUID(), "48-2026-CACHE", "48", Events.newCommune(), DeadlineReminder.SUPPORT_PLAN,
                now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(6)), now))));
        assertThat(rulesOf(EventTypes.CASE_OPENED_V1)).as("kept after a reminder was scheduled").isSameAs(opened);

        expiry.expire();
        List<RoutingRule> afterExpiry = rulesOf(EventTypes.CASE_OPENED_V1);
        assertThat(afterExpiry).as("read afresh after the expiry").isNotSameAs(opened);
        assertThat(afterExpiry).extracting(RoutingRule::id).containsExactlyElementsOf(ids(opened));
    }

    @Test
    void aRuleDefinedOrSwitchedOffHereIsRoutedByOnceItsTransactionCommits() {
        String trigger = EventTypes.PLAN_RECOMMENDATION_RESOLVED_V1;
        List<UUID> before = ids(rulesOf(trigger));

        RoutingRule defined = routingRules.define(new RoutingRules.Definition(trigger, "RECOMMENDATION_RESOLVED",
                "auditor", "PROVINCE", List.of("INBOX"), false, "RoutingCacheTest: auditors follow resolutions"));
        assertThat(ids(rulesOf(trigger))).as("enabled rules of %s after a rule was defined", trigger)
                .containsAll(before).contains(defined.id()).hasSize(before.size() + 1);

        routingRules.change(defined.id(), "\"" + defined.version() + "\"", List.of("INBOX"), false, false,
                "RoutingCacheTest: switched off");
        assertThat(ids(rulesOf(trigger))).as("enabled rules of %s after it was switched off", trigger)
                .containsExactlyElementsOf(before);
    }

    @Test
    void theDirectoryIsReadOncePerRoleAndPlaceUntilItIsReadAgainOrExpires() {
        String commune = Events.newCommune();
        Occurrence.Address address = new Occurrence.Address(commune, null);
        DirectoryPerson officer = new DirectoryPerson("officer-" + commune, "officer@" + commune + ".example", null,
                commune, null, Set.of("case-worker"));
        QuarkusTransaction.requiringNew().run(() -> directory.replace(List.of(officer), Instant.now()));
        directory.forgetReachable();
        assertThat(reachable(address)).containsExactly(officer);

        // a refresh committed by another replica: this one serves what it cached until the expiry
        QuarkusTransaction.requiringNew().run(() -> directory.replace(List.of(), Instant.now()));
        assertThat(reachable(address)).as("cached, before the expiry").containsExactly(officer);

        expiry.expire();
        assertThat(reachable(address)).as("after the expiry").isEmpty();
    }

    @Test
    void theRecipientsOfARoleAndPlaceAreLookedUpOnceUntilSomeoneSavesTheirSettings() {
        String commune = Events.newCommune();
        Occurrence.Address address = new Occurrence.Address(commune, null);
        Occurrence.Address elsewhere = new Occurrence.Address(Events.newCommune(), null);
        String officer = "officer-" + commune;
        String email = officer + "@example.vn";
        String etag = saveSettings(TestTokens.user(officer).roles("case-worker").jurisdiction(commune).bearer(), null,
                email);

        List<Recipient> first = recipients("case-worker", address);
        assertThat(first).extracting(Recipient::email).containsExactly(email);
        assertThat(recipients("case-worker", address)).as("asked again, in another transaction").isSameAs(first);
        assertThat(recipients("case-supervisor", address)).as("another role").isEmpty();
        assertThat(recipients("case-worker", elsewhere)).as("another commune").isEmpty();

        // the officer has moved to another commune and saves their settings from there
        saveSettings(TestTokens.user(officer).roles("case-worker").jurisdiction(elsewhere.jurisdiction()).bearer(), etag,
                email);
        assertThat(recipients("case-worker", address)).as("the first commune, after the move").isEmpty();
        assertThat(recipients("case-worker", elsewhere)).as("the second commune, after the move")
                .extracting(Recipient::email).containsExactly(email);
    }

    private static String saveSettings(String bearer, String ifMatch, String email) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("email", email));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/me/notification-settings").then().statusCode(200).extract().header("ETag");
    }

    private List<Recipient> recipients(String role, Occurrence.Address address) {
        return QuarkusTransaction.requiringNew().call(() -> recipients.reachable(role, address));
    }

    private List<DirectoryPerson> reachable(Occurrence.Address address) {
        return QuarkusTransaction.requiringNew().call(() -> directory.reachable("case-worker", address));
    }

    private List<RoutingRule> rulesOf(String trigger) {
        return QuarkusTransaction.requiringNew().call(() -> enabledRules.of(trigger));
    }

    private static List<UUID> ids(List<RoutingRule> rules) {
        return rules.stream().map(RoutingRule::id).toList();
    }
}
