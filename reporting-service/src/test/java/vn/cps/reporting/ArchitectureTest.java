package vn.cps.reporting;

import org.junit.jupiter.api.Test;
import vn.cps.testkit.PackageDirections;

class ArchitectureTest {

    @Test
    void packagesKeepTheirDirections() {
        PackageDirections.check("vn.cps.reporting");
    }
}
