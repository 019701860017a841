package vn.cps.platform.sealing;

import java.util.List;

/** What a service seals at rest: implemented once per service that has sealed columns. */
public interface SealedTables {

    List<SealedTable> tables();
}
