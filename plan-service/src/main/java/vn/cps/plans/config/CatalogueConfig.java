package vn.cps.plans.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code cps.catalogue.*} */
@ConfigMapping(prefix = "cps.catalogue")
public interface CatalogueConfig {

    /** Classpath resource of the indicator catalogue loaded at start. */
    @WithDefault("reference/indicators.json")
    String dataFile();
}
