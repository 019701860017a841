package vn.cps.notification.domain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** How a notification reaches its people or systems. */
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
