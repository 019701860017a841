package vn.cps.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.cps.notification.channel.KeycloakUsers;
import vn.cps.notification.config.NotificationConfig;
import vn.cps.notification.domain.DirectoryPerson;
import vn.cps.notification.persistence.DirectoryStore;

/**
 * Keeps the directory of recipients read from the identity provider: at start and then every
 * refresh interval, in the background. A refresh that fails leaves the last directory in place, so
 * deliveries go on to the people last known; the age of the directory is a metric to alert on.
 */
@ApplicationScoped
public class UserDirectory {

    private static final Logger LOG = Logger.getLogger(UserDirectory.class);

    private final KeycloakUsers users;
    private final DirectoryStore store;
    private final EntityManager entityManager;
    private final NotificationConfig.Directory config;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong lastRefreshEpochSecond = new AtomicLong();

    UserDirectory(KeycloakUsers users, DirectoryStore store, EntityManager entityManager, NotificationConfig config,
            MeterRegistry registry) {
        this.users = users;
        this.store = store;
        this.entityManager = entityManager;
        this.config = config.directory();
        registry.gauge("cps.directory.age.seconds", lastRefreshEpochSecond,
                last -> last.get() == 0 ? Double.NaN : clock.instant().getEpochSecond() - last.get());
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            rememberLastRead();
            Thread first = new Thread(this::refreshQuietly, "cps-directory-first-read");
            first.setDaemon(true);
            first.start();
        }
    }

    private void rememberLastRead() {
        QuarkusTransaction.requiringNew().run(() -> store.refreshedAt()
                .ifPresent(at -> lastRefreshEpochSecond.set(at.getEpochSecond())));
    }

    @Scheduled(every = "${cps.notification.directory.refresh-interval:2m}", delayed = "${cps.notification.directory.refresh-interval:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshQuietly() {
        if (!config.enabled()) {
            return;
        }
        try {
            int people = refresh();
            LOG.debugf("Directory read: %d people", people);
        } catch (KeycloakUsers.Unreachable e) {
            Instant last = lastRefreshEpochSecond.get() == 0 ? null : Instant.ofEpochSecond(lastRefreshEpochSecond.get());
            LOG.warnf("The directory could not be read (%s); the one read %s serves", e.getMessage(),
                    last == null ? "never: only saved settings reach people" : Duration.between(last, clock.instant()) + " ago");
        }
    }

    /** Reads the directory and replaces the stored one in one transaction; the number of people. */
    public int refresh() throws KeycloakUsers.Unreachable {
        List<DirectoryPerson> people = users.withRoles(routedRoles());
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> store.replace(people, now));
        store.forgetReachable();
        lastRefreshEpochSecond.set(now.getEpochSecond());
        return people.size();
    }

    /** The roles some routing rule sends email or SMS to. */
    @SuppressWarnings("unchecked")
    private List<String> routedRoles() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT DISTINCT recipient_role FROM routing_rule
                 WHERE channels LIKE '%EMAIL%' OR channels LIKE '%SMS%' ORDER BY 1""").getResultList());
    }
}
