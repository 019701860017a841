package vn.cps.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cps.notification.domain.Channel;
import vn.cps.notification.domain.Recipient;
import vn.cps.notification.persistence.FoundRecipients;
import vn.cps.notification.persistence.RecipientRepository;
import vn.cps.platform.problem.Problem;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;

/**
 * A person's own settings: email and phone to be reached at, and the channels they muted. Saving
 * also records their current roles, jurisdiction and agency, by which rules find them.
 */
@ApplicationScoped
public class NotificationSettings {

    private final RecipientRepository recipients;
    private final FoundRecipients found;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    NotificationSettings(RecipientRepository recipients, FoundRecipients found, Caller caller) {
        this.recipients = recipients;
        this.found = found;
        this.caller = caller;
    }

    /** The caller's settings; null when they never saved any. */
    @Transactional
    public Recipient mine() {
        return recipients.findById(caller.userId());
    }

    @Transactional
    public Recipient save(String email, String phone, List<String> mutedChannels, String ifMatch) {
        Set<Channel> muted = EnumSet.noneOf(Channel.class);
        for (String name : mutedChannels == null ? List.<String>of() : mutedChannels) {
            Channel channel;
            try {
                channel = Channel.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ProblemException.badRequest("Unknown channel " + name,
                        List.of(new Problem.Violation("mutedChannels", "must name EMAIL or SMS")));
            }
            if (!channel.mutable()) {
                throw ProblemException.unprocessable("mutedChannels",
                        channel + " cannot be muted: the inbox always holds what concerns you");
            }
            muted.add(channel);
        }
        Recipient recipient = recipients.findById(caller.userId());
        if (recipient == null) {
            // the first save needs no If-Match; one that names another version than the defaults' is stale
            if (ifMatch != null && !ifMatch.isBlank()) {
                ProblemException.requireVersion(ifMatch, 0);
            }
            recipient = Recipient.of(caller.userId());
            recipient.save(email, phone, muted, caller.roles(), caller.jurisdiction().code(),
                    caller.agency().orElse(null), clock.instant());
            recipients.persist(recipient);
        } else {
            ProblemException.requireVersion(ifMatch, recipient.version());
            recipient.save(email, phone, muted, caller.roles(), caller.jurisdiction().code(),
                    caller.agency().orElse(null), clock.instant());
        }
        recipients.flush();
        found.forgetWhenTransactionEnds();
        return recipient;
    }
}
