package vn.cps.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Cache;
import vn.cps.notification.persistence.DirectoryStore;
import vn.cps.notification.persistence.EnabledRules;

/**
 * Drops every cached routing rule, recipient, webhook and directory entry once per
 * {@code cps.notification.cache-max-age}, so that a change made through another replica reaches this
 * one within that time. The cache regions' max-idle alone would not: an entry read for every event
 * never idles, and would live as long as events keep coming.
 */
@ApplicationScoped
public class RoutingCacheExpiry {

    private final EntityManagerFactory entityManagerFactory;
    private final DirectoryStore directory;
    private final EnabledRules rules;

    RoutingCacheExpiry(EntityManagerFactory entityManagerFactory, DirectoryStore directory, EnabledRules rules) {
        this.entityManagerFactory = entityManagerFactory;
        this.directory = directory;
        this.rules = rules;
    }

    @Scheduled(every = "${cps.notification.cache-max-age:30s}", delayed = "${cps.notification.cache-max-age:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void expire() {
        entityManagerFactory.getCache().unwrap(Cache.class).evictAllRegions();
        directory.forgetReachable();
        rules.forget();
    }
}
