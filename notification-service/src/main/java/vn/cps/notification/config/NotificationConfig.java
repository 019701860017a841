package vn.cps.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code cps.notification.*} */
@ConfigMapping(prefix = "cps.notification")
public interface NotificationConfig {

    /** Prepended to the API paths in emails, SMS and webhooks, e.g. {@code https://cps.example.gov.vn}. */
    @WithDefault("http://127.0.0.1:18281")
    String linkBaseUrl();

    /**
     * How long routing rules, recipients, webhooks and directory entries stay cached. A change made
     * through this replica clears them at once; one made through another is seen within this time.
     */
    @WithDefault("30s")
    Duration cacheMaxAge();

    Delivery delivery();

    Reminders reminders();

    Webhooks webhooks();

    Sms sms();

    Directory directory();

    /**
     * Recipients from the identity provider (issue #20): users by realm role and their
     * {@code jurisdiction}/{@code agency} attributes, with email and phone from their profile, read
     * through Keycloak's Admin REST API by a confidential client that may only view users.
     */
    interface Directory {
        /** Off: only users who saved their settings receive email and SMS (tests without Keycloak). */
        @WithDefault("false")
        boolean enabled();

        /** Keycloak's base URL, e.g. {@code https://auth.cps.gov.vn}. */
        Optional<String> url();

        @WithDefault("child-protection")
        String realm();

        @WithDefault("cps-notification-directory")
        String clientId();

        /** From the environment ({@code CPS_NOTIFICATION_DIRECTORY_CLIENT_SECRET}). */
        Optional<String> clientSecret();

        /** How often the directory is read again; between reads, and while Keycloak is down, the last one serves. */
        @WithDefault("2m")
        Duration refreshInterval();

        /** Users read per Admin API call. */
        @WithDefault("200")
        int pageSize();
    }

    interface Delivery {
        /** Attempts per delivery before it is given up and dead-lettered. */
        @WithDefault("8")
        int maxAttempts();

        /** Pause after the first failure; doubled after each further one, with jitter. */
        @WithDefault("30s")
        Duration firstBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** Connect and read timeout of one webhook or SMS gateway call. */
        @WithDefault("5s")
        Duration timeout();

        /** Deliveries sent and recorded per transaction. */
        @WithDefault("20")
        int batchSize();

        /** How often due retries are looked for (new deliveries start a debounce after their commit). */
        @WithDefault("5s")
        Duration sweepInterval();

        /**
         * How long the dispatcher waits after a commit queued deliveries before it locks them, so that
         * the commits of that time are sent in one transaction, not one each.
         */
        @WithDefault("50ms")
        Duration debounce();
    }

    interface Reminders {
        /** How long before the 12-hour emergency deadline the commune is reminded. */
        @WithDefault("2h")
        Duration emergencyLead();

        /** How many working days before the plan deadline the commune is reminded. */
        @WithDefault("1")
        int planLeadWorkingDays();

        /** The plan deadline in working days after receipt (Decree 56), until case-service states it. */
        @WithDefault("5")
        int planWorkingDays();

        /** How often reminders whose time came are looked for. */
        @WithDefault("30s")
        Duration scanInterval();
    }

    interface Webhooks {
        /** Plain http endpoints are refused unless allowed (tests and a local stack only). */
        @WithDefault("false")
        boolean allowPlainHttp();

        /** How old a signed timestamp receivers should accept; documented for partners. */
        @WithDefault("5m")
        Duration signatureTolerance();
    }

    interface Sms {
        /** {@code log} (default: the text is logged, nothing sent) or {@code http} (a gateway). */
        @WithDefault("log")
        String gateway();

        /** The gateway's endpoint when {@code gateway=http}: it receives {@code {to, text, messageId}} as JSON. */
        Optional<String> url();

        /** Bearer token for the gateway, from the environment. */
        Optional<String> token();
    }
}
