package vn.cps.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something that happened, in the terms routing needs: the trigger rules are keyed on (an event
 * type or a reminder), the subject, its place and agencies, and a deadline. Codes and ids only.
 *
 * @param sourceId     the event id, or the reminder's id for a reminder: a notification is made once per source and rule
 * @param jurisdiction the jurisdiction of a plan, target or task ({@code VN}, a province or a commune)
 * @param agencyCodes  the agencies the event is addressed to (referral, task lead, recommendation)
 */
public record Occurrence(String trigger, String sourceId, UUID caseId, String caseReference, UUID planId,
        String provinceCode, String communeCode, String jurisdiction, List<String> agencyCodes, Instant deadline,
        String link) {

    public Occurrence {
        agencyCodes = agencyCodes == null ? List.of() : List.copyOf(agencyCodes);
    }

    /** Who a rule of this scope addresses; empty when the occurrence does not say (e.g. a case with no commune). */
    public List<Address> addresses(RecipientScope scope) {
        return switch (scope) {
            case COMMUNE -> communeCode == null ? List.of() : List.of(Address.jurisdiction(communeCode));
            case PROVINCE -> provinceCode == null ? List.of() : List.of(Address.jurisdiction(provinceCode));
            case JURISDICTION -> jurisdiction == null ? List.of() : List.of(Address.jurisdiction(jurisdiction));
            case NATIONAL -> List.of(Address.jurisdiction("VN"));
            case AGENCY -> agencyCodes.stream().map(Address::agency).toList();
        };
    }

    /** The province the occurrence belongs to, for scoping the delivery log. */
    public String province() {
        return provinceCode;
    }

    /** A role's people in a jurisdiction, or at an agency. */
    public record Address(String jurisdiction, String agency) {

        static Address jurisdiction(String code) {
            return new Address(code, null);
        }

        static Address agency(String code) {
            return new Address(null, code);
        }
    }
}
