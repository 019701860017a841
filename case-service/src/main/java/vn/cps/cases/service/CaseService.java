package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.TreeSet;
import java.util.UUID;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.persistence.CaseAccessLog;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.platform.security.Caller;

/** Reading cases, each read recorded in the access log. */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final CaseAccessLog accessLog;
    private final Caller caller;

    CaseService(CaseRepository cases, CaseAccessLog accessLog, Caller caller) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.caller = caller;
    }

    /** The case, if it lies in the caller's scope; otherwise 404 as if it did not exist. */
    @Transactional
    public ChildCase read(UUID id, String purpose) {
        ChildCase found = caller.requireInScope(cases.findById(id), "Case", id);
        accessLog.recordRead(found.id(), caller.userId(), String.join(",", new TreeSet<>(caller.roles())), purpose);
        return found;
    }
}
