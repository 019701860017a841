package vn.cps.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.cps.notification.domain.Channel;
import vn.cps.notification.domain.NotificationType;
import vn.cps.notification.domain.RecipientScope;
import vn.cps.notification.domain.RoutingRule;
import vn.cps.notification.persistence.EnabledRules;
import vn.cps.notification.persistence.RoutingRuleRepository;
import vn.cps.platform.problem.Problem;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Roles;

/** The routing rules as data: read by admins and auditors, defined and changed by admins. */
@ApplicationScoped
public class RoutingRules {

    private static final Set<String> ROLES = Set.of(Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER,
            Roles.CASE_SUPERVISOR, Roles.AGENCY_LIAISON, Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.ANALYST,
            Roles.AUDITOR, Roles.ADMIN, Roles.PARTNER_SYSTEM);

    private final RoutingRuleRepository rules;
    private final EnabledRules enabled;

    RoutingRules(RoutingRuleRepository rules, EnabledRules enabled) {
        this.rules = rules;
        this.enabled = enabled;
    }

    /** What a rule says, as given by an admin; checked here so that every mistake is named. */
    public record Definition(String trigger, String notificationType, String recipientRole, String recipientScope,
            List<String> channels, boolean legalDeadline, String description) {
    }

    @Transactional
    public List<RoutingRule> list(String trigger) {
        return rules.all(trigger);
    }

    @Transactional
    public RoutingRule get(UUID id) {
        RoutingRule rule = rules.findById(id);
        if (rule == null) {
            throw ProblemException.notFound("Routing rule", id);
        }
        return rule;
    }

    @Transactional
    public RoutingRule define(Definition d) {
        List<Problem.Violation> unknown = new ArrayList<>();
        if (!RoutingRule.TRIGGERS.contains(d.trigger())) {
            unknown.add(new Problem.Violation("trigger", "must be a routed event type or a reminder: "
                    + new java.util.TreeSet<>(RoutingRule.TRIGGERS)));
        }
        NotificationType type = parse(NotificationType.class, d.notificationType(), "notificationType", unknown);
        if (!ROLES.contains(d.recipientRole())) {
            unknown.add(new Problem.Violation("recipientRole", "must be a realm role: " + new java.util.TreeSet<>(ROLES)));
        }
        RecipientScope scope = parse(RecipientScope.class, d.recipientScope(), "recipientScope", unknown);
        Set<Channel> channels = parseChannels(d.channels(), unknown);
        requireKnown(unknown);
        requireWorkable(channels, d.recipientRole(), scope);
        if (rules.exists(d.trigger(), type, d.recipientRole(), scope)) {
            throw ProblemException.conflict("A rule already tells " + d.recipientRole() + " (" + scope + ") of "
                    + d.trigger() + " as " + type + "; change that one");
        }
        RoutingRule rule = RoutingRule.define(d.trigger(), type, d.recipientRole(), scope, channels, d.legalDeadline(),
                d.description());
        rules.persist(rule);
        enabled.forgetWhenTransactionEnds();
        return rule;
    }

    /** Changes channels, the legal-deadline flag, on/off and the description; who and when stay. */
    @Transactional
    public RoutingRule change(UUID id, String ifMatch, List<String> channelNames, boolean legalDeadline,
            boolean enabled, String description) {
        RoutingRule rule = get(id);
        ProblemException.requireVersion(ifMatch, rule.version());
        List<Problem.Violation> unknown = new ArrayList<>();
        Set<Channel> channels = parseChannels(channelNames, unknown);
        requireKnown(unknown);
        requireWorkable(channels, rule.recipientRole(), rule.recipientScope());
        rule.change(channels, legalDeadline, enabled, description);
        rules.flush();
        this.enabled.forgetWhenTransactionEnds();
        return rule;
    }

    /** Unknown codes make a request that fails its declared shape: 400 (docs/decisions.md, 400 versus 422). */
    private static void requireKnown(List<Problem.Violation> unknown) {
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("The routing rule names " + unknown.size() + " unknown code(s)", unknown);
        }
    }

    private static Set<Channel> parseChannels(List<String> names, List<Problem.Violation> unknown) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String name : names == null ? List.<String>of() : names) {
            Channel channel = parse(Channel.class, name, "channels", unknown);
            if (channel != null) {
                channels.add(channel);
            }
        }
        return channels;
    }

    /** Known codes that cannot work together: 422. */
    private static void requireWorkable(Set<Channel> channels, String role, RecipientScope scope) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (channels.isEmpty()) {
            violations.add(new Problem.Violation("channels", "name at least one of " + List.of(Channel.values())));
        }
        boolean partner = Roles.PARTNER_SYSTEM.equals(role);
        if (channels.contains(Channel.WEBHOOK) && (!partner || scope != RecipientScope.AGENCY)) {
            violations.add(new Problem.Violation("channels",
                    "WEBHOOK reaches the systems of an agency: only for role partner-system with scope AGENCY"));
        }
        if (partner && !channels.isEmpty() && !channels.equals(EnumSet.of(Channel.WEBHOOK))) {
            violations.add(new Problem.Violation("channels", "partner systems are reached by WEBHOOK only"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("The routing rule cannot work", violations);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field,
            List<Problem.Violation> violations) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(field, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }
}
