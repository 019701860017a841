package vn.cps.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code cps.inbox.*} */
@ConfigMapping(prefix = "cps.inbox")
public interface InboxConfig {

    /** Who in the owning commune is told of a new case (until routing rules are data, issue #6). */
    @WithDefault("case-worker")
    String caseOpenedRecipientRole();

    /** Who in the target's jurisdiction is told that a target fell behind or was missed. */
    @WithDefault("plan-manager")
    String targetRecipientRole();
}
