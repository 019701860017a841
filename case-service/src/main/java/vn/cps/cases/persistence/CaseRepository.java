package vn.cps.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.cps.cases.domain.ChildCase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<ChildCase, UUID> {
}
