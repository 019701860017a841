package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cps.client.CpsConnection;
import vn.cps.client.Problem;
import vn.cps.client.cases.ApiException;
import vn.cps.client.cases.ApiResponse;
import vn.cps.client.cases.api.IntakesApi;
import vn.cps.client.cases.api.ReferralsApi;
import vn.cps.client.cases.model.CallerRelationship;
import vn.cps.client.cases.model.Channel;
import vn.cps.client.cases.model.DecisionRequest;
import vn.cps.client.cases.model.HarmType;
import vn.cps.client.cases.model.IntakeAccepted;
import vn.cps.client.cases.model.IntakeChild;
import vn.cps.client.cases.model.IntakeRequest;
import vn.cps.client.cases.model.LocationRequest;
import vn.cps.client.cases.model.OutcomeRequest;
import vn.cps.client.cases.model.ReferralRequest;
import vn.cps.client.cases.model.ReferralView;
import vn.cps.client.cases.model.Sex;
import vn.cps.client.notifications.api.InboxApi;
import vn.cps.client.notifications.model.NotificationView;
import vn.cps.client.reporting.api.StatisticsApi;

/**
 * The referral loop closed through the generated client, as the police's own system would run it:
 * the commune refers a case, the police system logs in with client credentials, finds the referral
 * in its worklist, accepts it (a stale If-Match is refused with a 412 problem and changes nothing)
 * and reports the outcome; the commune officer is told of each answer and the province's referral
 * statistics count it.
 */
class ReferralLoopScenarioTest {

    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
        client = new StackClient(stack);
    }

    @Test
    void theCommuneRefersThePoliceAnswersAndTheOfficerAndTheStatisticsSeeTheLoopClosed() throws Exception {
        CpsConnection operator = client.connection(client.login("operator111"));
        CpsConnection officer = client.connection(client.login("officer.20194"));
        CpsConnection supervisor = client.connection(client.login("supervisor.48"));
        CpsConnection police = client.policeSystem();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        StatisticsApi statistics = new StatisticsApi(supervisor.reporting());
        long requestedBefore = police48Requested(statistics, today);

        IntakeAccepted intake = new IntakesApi(operator.cases()).recordIntake(new IntakeRequest()
                .channel(Channel.HOTLINE_111).callerRelationship(CallerRelationship.TEACHER)
                .child(new IntakeChild().fullName("Đoàn Gia Huy").sex(Sex.MALE).estimatedAge(12))
                .location(new LocationRequest().provinceCode("48").communeCode("20194"))
                .harmTypes(Set.of(HarmType.VIOLENCE)).summary("Cô giáo thấy em có vết bầm ở tay nhiều ngày."),
                "referral-loop-" + UUID.randomUUID());
        UUID caseId = intake.getCaseId();

        ReferralView referral = new ReferralsApi(officer.cases()).referCase(caseId, new ReferralRequest()
                .agencyCode("POLICE-48").reason("Cần công an xác minh dấu hiệu bạo lực")
                .responseDue(OffsetDateTime.now(ZoneOffset.UTC).plusDays(2)));
        assertThat(referral.getStatus()).isEqualTo("REQUESTED");

        ReferralsApi policeReferrals = new ReferralsApi(police.cases());
        List<ReferralView> worklist = policeReferrals.listReferralsToMyAgency(200, null);
        assertThat(worklist).extracting(ReferralView::getId).contains(referral.getId());

        ApiResponse<ReferralView> read = policeReferrals.readReferralWithHttpInfo(referral.getId());
        String etag = header(read, "ETag");
        ApiException stale = catchThrowableOfType(ApiException.class, () -> policeReferrals.acceptReferral(referral.getId(),
                new DecisionRequest().note("Đã nhận"), "\"" + (read.getData().getVersion() + 7) + "\""));
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = Problem.read(stale.getResponseBody()).orElseThrow();
        assertThat(problem.status()).isEqualTo(412);
        assertThat(problem.detail()).isNotBlank();
        assertThat(policeReferrals.readReferral(referral.getId()).getStatus()).as("a stale write changes nothing")
                .isEqualTo("REQUESTED");

        ApiResponse<ReferralView> accepted = policeReferrals.acceptReferralWithHttpInfo(referral.getId(),
                new DecisionRequest().note("Công an xã sẽ xác minh trong ngày"), etag);
        assertThat(accepted.getData().getStatus()).isEqualTo("ACCEPTED");
        ReferralView completed = policeReferrals.completeReferral(referral.getId(),
                new OutcomeRequest().outcome("Đã xác minh, lập biên bản và phối hợp với UBND xã"), header(accepted, "ETag"));
        assertThat(completed.getStatus()).isEqualTo("COMPLETED");
        assertThat(completed.getClosedAt()).isNotNull();

        InboxApi inbox = new InboxApi(officer.notifications());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .alias("REFERRAL_ACCEPTED and REFERRAL_COMPLETED of case " + intake.getCaseReference() + " in officer.20194's inbox")
                .until(() -> inbox.listNotifications(null, 200, false).getItems().stream()
                        .filter(n -> intake.getCaseReference().equals(n.getCaseReference()))
                        .map(NotificationView::getType).toList(),
                        types -> types.contains("REFERRAL_ACCEPTED") && types.contains("REFERRAL_COMPLETED"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .alias("POLICE-48's requested referrals in the statistics to grow by one from " + requestedBefore)
                .until(() -> police48Requested(statistics, today), n -> n == requestedBefore + 1);
    }

    private static long police48Requested(StatisticsApi statistics, LocalDate today) throws Exception {
        return statistics.referralStatistics(today.minusDays(1).toString(), today.plusDays(1).toString(), "48").stream()
                .filter(row -> "POLICE-48".equals(row.getAgencyCode()))
                .mapToLong(row -> row.getRequested() == null ? 0 : row.getRequested()).sum();
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.getHeaders()));
    }
}
