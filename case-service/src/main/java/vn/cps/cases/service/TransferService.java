package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.cps.cases.domain.CaseTransfer;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.Location;
import vn.cps.cases.domain.TimelineEntry;
import vn.cps.cases.messaging.CaseEvents;
import vn.cps.cases.persistence.CaseRecords;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.cases.persistence.TransferRepository;
import vn.cps.events.EventTypes;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.security.Caller;

/** Transfers of cases between communes: the sender owns the case until the receiver accepts. */
@ApplicationScoped
public class TransferService {

    private final TransferRepository transfers;
    private final CaseRepository cases;
    private final CaseRecords records;
    private final CaseAccess access;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    TransferService(TransferRepository transfers, CaseRepository cases, CaseRecords records, CaseAccess access,
            Outbox outbox, Caller caller) {
        this.transfers = transfers;
        this.cases = cases;
        this.records = records;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public CaseTransfer request(UUID caseId, String toProvinceCode, String toCommuneCode, String reason) {
        ChildCase c = access.changeable(caseId);
        // the commune determines the province; one given with it must be the commune's own
        String toProvince = AdministrativeUnits.requireCommune("toCommuneCode", toCommuneCode, toProvinceCode).provinceCode();
        if (transfers.pendingOf(c.id()).isPresent()) {
            throw ProblemException.conflict("A transfer of this case is already waiting for the receiving commune");
        }
        Instant now = clock.instant();
        CaseTransfer t = DomainRefusals.translate(() -> CaseTransfer.request(c, new Location(toProvince, toCommuneCode), reason,
                caller.userId(), now));
        transfers.persist(t);
        log(c, t, EventTypes.CASE_TRANSFERRED_V1, "Transfer to commune " + toCommuneCode + " requested: " + reason, now);
        return t;
    }

    @Transactional
    public CaseTransfer accept(UUID transferId, String ifMatch, String note) {
        CaseTransfer t = access.incomingTransfer(transferId);
        ProblemException.requireVersion(ifMatch, t.version());
        ChildCase c = cases.findById(t.caseId());
        Instant now = clock.instant();
        DomainRefusals.translate(() -> {
            t.accept(c, caller.userId(), note, now);
            return t;
        });
        transfers.flush();
        log(c, t, EventTypes.CASE_TRANSFER_ACCEPTED_V1, "Transfer accepted: commune " + c.communeCode()
                + " owns the case", now);
        return t;
    }

    @Transactional
    public CaseTransfer decline(UUID transferId, String ifMatch, String reason) {
        CaseTransfer t = access.incomingTransfer(transferId);
        ProblemException.requireVersion(ifMatch, t.version());
        ChildCase c = cases.findById(t.caseId());
        Instant now = clock.instant();
        DomainRefusals.translate(() -> {
            t.decline(caller.userId(), reason, now);
            return t;
        });
        transfers.flush();
        log(c, t, EventTypes.CASE_TRANSFER_DECLINED_V1, "Transfer declined by commune " + t.to().communeCode()
                + ": " + reason, now);
        return t;
    }

    @Transactional
    public List<CaseTransfer> incoming(int limit) {
        return transfers.incoming(caller.jurisdiction(), limit);
    }

    @Transactional
    public List<CaseTransfer> ofCase(UUID caseId) {
        return transfers.ofCase(access.changeable(caseId).id());
    }

    private void log(ChildCase c, CaseTransfer t, String type, String text, Instant now) {
        records.add(TimelineEntry.step(c.id(), text, caller.userId(), now));
        outbox.append(CaseEvents.AGGREGATE_TYPE, c.id(), type, CaseEvents.transfer(c, t, now));
    }
}
