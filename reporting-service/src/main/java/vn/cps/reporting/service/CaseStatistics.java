package vn.cps.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.reporting.config.ReportingConfig;
import vn.cps.reporting.domain.CaseDimension;
import vn.cps.reporting.domain.CaseFact;
import vn.cps.reporting.domain.CountRow;
import vn.cps.reporting.persistence.CaseFactStore;

/** Case counts built only from case events, scoped by the caller's jurisdiction. */
@ApplicationScoped
public class CaseStatistics {

    private final CaseFactStore facts;
    private final Caller caller;
    private final ReportingConfig config;

    CaseStatistics(CaseFactStore facts, Caller caller, ReportingConfig config) {
        this.facts = facts;
        this.caller = caller;
        this.config = config;
    }

    /** The answer to a statistics query. */
    public record CaseCounts(LocalDate from, LocalDate to, CaseDimension groupBy, long total, List<CountRow> rows) {
    }

    /** Applies {@code case.opened}. Runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpenedV1 event) {
        facts.insertOpened(new CaseFact(event.caseId(), event.provinceCode(), event.communeCode(), event.channel(),
                event.sex(), event.ageBand(), event.harmTypes(),
                LocalDate.ofInstant(event.receivedAt(), config.legalZone())));
    }

    @Transactional
    public CaseCounts count(LocalDate from, LocalDate to, CaseDimension groupBy) {
        if (to.isBefore(from)) {
            throw ProblemException.unprocessable("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > config.maxPeriodDays()) {
            throw ProblemException.unprocessable("to", "the period may span at most " + config.maxPeriodDays() + " days");
        }
        var scope = caller.jurisdiction();
        return new CaseCounts(from, to, groupBy, facts.totalCases(from, to, scope),
                facts.countCases(from, to, groupBy, scope));
    }
}
