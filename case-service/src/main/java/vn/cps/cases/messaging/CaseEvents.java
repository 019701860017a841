package vn.cps.cases.messaging;

import java.time.LocalDate;
import java.time.ZoneId;
import vn.cps.cases.domain.ChildCase;
import vn.cps.events.cases.CaseOpenedV1;

/** Maps cases to their event payloads: codes and coarse attributes only, never names or free text. */
public final class CaseEvents {

    public static final String AGGREGATE_TYPE = "case";

    private CaseEvents() {
    }

    public static CaseOpenedV1 opened(ChildCase opened, ZoneId legalZone) {
        LocalDate receivedOn = LocalDate.ofInstant(opened.receivedAt(), legalZone);
        return new CaseOpenedV1(
                opened.id(),
                opened.reference(),
                opened.intake().id(),
                opened.provinceCode(),
                opened.communeCode(),
                opened.intake().channel().name(),
                opened.intake().harmTypes().stream().map(Enum::name).sorted().toList(),
                opened.intake().child().sex().name(),
                opened.intake().child().ageBandOn(receivedOn),
                opened.status().name(),
                opened.receivedAt(),
                opened.emergencyDeadline());
    }
}
