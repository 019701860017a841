package vn.cps.notification.domain;

import java.util.Set;

/**
 * A user of the identity provider as the directory read them: enabled, with the realm roles that
 * routing rules name, their place ({@code jurisdiction} or {@code agency} attribute) and contacts.
 */
public record DirectoryPerson(String userId, String email, String phone, String jurisdiction, String agency,
        Set<String> roles) {

    public DirectoryPerson {
        roles = Set.copyOf(roles);
    }
}
