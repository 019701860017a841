package vn.cps.notification.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.cps.notification.config.NotificationConfig;
import vn.cps.notification.domain.DirectoryPerson;

/**
 * Reads users from Keycloak's Admin REST API, by realm role, as the confidential client
 * {@code cps-notification-directory} whose service account holds only {@code view-users}.
 */
@ApplicationScoped
public class KeycloakUsers {

    /** The directory could not be read: Keycloak unreachable, the login refused, or an answer not understood. */
    public static class Unreachable extends Exception {
        public Unreachable(String message) {
            super(message);
        }
    }

    private final NotificationConfig.Directory config;
    private final ObjectMapper json;
    private final HttpClient client;

    KeycloakUsers(NotificationConfig config, ObjectMapper json) {
        this.config = config.directory();
        this.json = json;
        // HTTP/1.1: no h2c upgrade, which plain-http Keycloak answers by closing the connection
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The enabled users with a place ({@code jurisdiction} or {@code agency} attribute) who hold any
     * of the roles, each with those of the roles they hold, directly, through a composite or a group.
     * view-users allows reading users and their role mappings, not listing a role's members (that
     * needs view-realm), so users are read page by page and their roles one user at a time.
     */
    public List<DirectoryPerson> withRoles(Collection<String> roles) throws Unreachable {
        String base = config.url().orElseThrow(() -> new Unreachable("cps.notification.directory.url is not set"));
        String token = token(base);
        String realm = base + "/admin/realms/" + encode(config.realm());
        List<DirectoryPerson> people = new ArrayList<>();
        for (int first = 0; ; first += config.pageSize()) {
            JsonNode page = get(realm + "/users?briefRepresentation=false&enabled=true&first=" + first + "&max="
                    + config.pageSize(), token, "users");
            for (JsonNode user : page) {
                Builder person = new Builder(user.path("id").asText(), user);
                if (!user.path("enabled").asBoolean(false) || person.placeless()) {
                    continue; // a disabled user receives nothing; one without a place is no rule's recipient
                }
                for (JsonNode role : get(realm + "/users/" + encode(person.id) + "/role-mappings/realm/composite",
                        token, "the roles of a user")) {
                    if (roles.contains(role.path("name").asText())) {
                        person.roles.add(role.path("name").asText());
                    }
                }
                if (!person.roles.isEmpty()) {
                    people.add(person.build());
                }
            }
            if (page.size() < config.pageSize()) {
                return people;
            }
        }
    }

    private String token(String base) throws Unreachable {
        String secret = config.clientSecret().filter(s -> !s.isBlank())
                .orElseThrow(() -> new Unreachable("cps.notification.directory.client-secret is not set"));
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId()) + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/realms/" + encode(config.realm())
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() != 200) {
            throw new Unreachable("the directory client's login was refused: HTTP " + answer.statusCode());
        }
        try {
            return json.readTree(answer.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new Unreachable("the token endpoint answered something else than JSON");
        }
    }

    private JsonNode get(String url, String token, String what) throws Unreachable {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() != 200) {
            throw new Unreachable("reading " + what + ": HTTP " + answer.statusCode()
                    + (answer.statusCode() == 403 ? " (the client's service account needs realm-management view-users)" : ""));
        }
        try {
            JsonNode page = json.readTree(answer.body());
            if (!page.isArray()) {
                throw new Unreachable("reading " + what + ": not a list");
            }
            return page;
        } catch (IOException e) {
            throw new Unreachable("reading " + what + ": not JSON");
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Unreachable {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("Keycloak did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final class Builder {
        final String id;
        final JsonNode user;
        final Set<String> roles = new HashSet<>();

        Builder(String id, JsonNode user) {
            this.id = id;
            this.user = user;
        }

        boolean placeless() {
            return attribute("jurisdiction") == null && attribute("agency") == null;
        }

        DirectoryPerson build() {
            String email = user.path("email").asText(null);
            return new DirectoryPerson(id, email == null || email.isBlank() ? null : email,
                    attribute("phone", "phoneNumber"), attribute("jurisdiction"), attribute("agency"), roles);
        }

        private String attribute(String... names) {
            for (String name : names) {
                JsonNode values = user.path("attributes").path(name);
                if (values.isArray() && !values.isEmpty() && !values.get(0).asText().isBlank()) {
                    return values.get(0).asText();
                }
            }
            return null;
        }
    }
}
