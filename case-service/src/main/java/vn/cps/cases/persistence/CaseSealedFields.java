package vn.cps.cases.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cps.platform.sealing.SealedTable;
import vn.cps.platform.sealing.SealedTable.Field;
import vn.cps.platform.sealing.SealedTables;

/** The fields case-service seals at rest: the reporter's identity and the child's personal ID. */
@ApplicationScoped
public class CaseSealedFields implements SealedTables {

    @Override
    public List<SealedTable> tables() {
        return List.of(
                new SealedTable("intake", "id", List.of(Field.sealed("reporter_name"), Field.sealed("reporter_phone"),
                        Field.sealed("reporter_address"))),
                new SealedTable("intake_child", "id",
                        List.of(Field.sealedWithLookup("child_personal_id", "child_personal_id_hash"))));
    }
}
