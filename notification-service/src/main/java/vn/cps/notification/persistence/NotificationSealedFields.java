package vn.cps.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cps.platform.sealing.SealedTable;
import vn.cps.platform.sealing.SealedTable.Field;
import vn.cps.platform.sealing.SealedTables;

/** The fields notification-service seals at rest: the secrets that sign webhook bodies. */
@ApplicationScoped
public class NotificationSealedFields implements SealedTables {

    @Override
    public List<SealedTable> tables() {
        return List.of(new SealedTable("webhook", "id", List.of(Field.sealed("secret"))));
    }
}
