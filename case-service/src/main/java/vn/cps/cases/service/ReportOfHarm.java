package vn.cps.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.cps.cases.domain.CallerRelationship;
import vn.cps.cases.domain.Channel;
import vn.cps.cases.domain.HarmType;
import vn.cps.cases.domain.IntakeCategory;
import vn.cps.cases.domain.Sex;

/** What a receiving point records about a call or report; a report of harm opens a case. */
public record ReportOfHarm(
        IntakeCategory category,
        Channel channel,
        Instant receivedAt,
        CallerRelationship callerRelationship,
        String reporterName,
        String reporterPhone,
        String reporterAddress,
        String childName,
        Sex childSex,
        LocalDate childBirthDate,
        Integer childEstimatedAge,
        String childPersonalId,
        String provinceCode,
        String communeCode,
        Set<HarmType> harmTypes,
        String summary) {

    /** A stable digest of the request, to tell a retry from a different request under the same key. */
    public String fingerprint() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
