package vn.cps.notification.domain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a notification reaches its people or systems. */
@Schema(name = "NotificationChannel", description = "How a notification reaches its people or systems: INBOX, the "
        + "inbox of the people of a role in a jurisdiction (always kept, cannot be muted); EMAIL, an email to a "
        + "person's address; SMS, a text message to a person's phone; WEBHOOK, a signed HTTPS POST to a partner "
        + "system's endpoint for its agency. EMAIL and SMS can be muted by the person.")
public enum Channel {
    INBOX,
    EMAIL,
    SMS,
    WEBHOOK;

    /** Whether a user may mute this channel (the inbox always holds what concerns them). */
    public boolean mutable() {
        return this == EMAIL || this == SMS;
    }

    /** Whether a delivery record tracks sending through this channel (the inbox entry is itself the delivery). */
    public boolean sent() {
        return this != INBOX;
    }

    public static Set<Channel> parseList(String list) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (list != null) {
            for (String part : list.split(",")) {
                if (!part.isBlank()) {
                    channels.add(Channel.valueOf(part.trim()));
                }
            }
        }
        return channels;
    }

    public static String toList(Set<Channel> channels) {
        return new LinkedHashSet<>(EnumSet.copyOf(channels)).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
