package org.letsconnect.registry.role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.RoleChanged;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Grants and revokes the programme roles. Each change announces the holder's complete set of roles on
 * {@code registry.roles.v1} in the same transaction, so every service's read model follows; a grant or revoke
 * that changes nothing announces nothing.
 */
@ApplicationScoped
public class RoleService {

    /** The roles an admin may grant; {@code participant} belongs to every signed-in Wikimedian already. */
    public static final List<String> GRANTABLE = List.of(Roles.ORGANIZER, Roles.ADMIN, Roles.PARTNER);

    private static final String ROLES_OF = "select role, username from role_assignment where subject = :subject order by role";
    private static final String GRANT = """
            insert into role_assignment (subject, role, username, granted_by) values (:subject, :role, :username, :by)
            on conflict (subject, role) do nothing""";
    private static final String UPDATE_USERNAME = """
            update role_assignment set username = coalesce(cast(:username as varchar), username) where subject = :subject""";
    private static final String REVOKE = "delete from role_assignment where subject = :subject and role = :role";
    private static final String FORGET = "delete from role_assignment where subject = :subject";
    private static final String ALL = "select subject, username, role from role_assignment order by subject, role";

    private final OutboxWriter outbox;
    private final Clock clock;

    public RoleService(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<RoleHolder>> holders() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ALL, Object[].class).getResultList())
                .map(rows -> {
                    Map<String, RoleHolder> holders = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        String subject = (String) row[0];
                        RoleHolder previous = holders.get(subject);
                        List<String> roles = new ArrayList<>(previous == null ? List.of() : previous.roles());
                        roles.add((String) row[2]);
                        holders.put(subject, new RoleHolder(subject, (String) row[1], List.copyOf(roles)));
                    }
                    return List.copyOf(holders.values());
                });
    }

    @WithSession
    public Uni<RoleHolder> holder(String subject) {
        return Panache.getSession().flatMap(session -> current(session, subject));
    }

    @WithTransaction
    public Uni<RoleHolder> grant(Caller admin, String subject, String username, String role) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(GRANT)
                .setParameter("subject", subject).setParameter("role", role)
                .setParameter("username", username)
                .setParameter("by", admin.username() == null ? admin.subject() : admin.username())
                .executeUpdate()
                .flatMap(granted -> session.createNativeQuery(UPDATE_USERNAME)
                        .setParameter("subject", subject).setParameter("username", username).executeUpdate()
                        .replaceWith(granted))
                .flatMap(granted -> current(session, subject)
                        .call(holder -> granted == 0 ? Uni.createFrom().voidItem() : announce(admin, holder))));
    }

    @WithTransaction
    public Uni<RoleHolder> revoke(Caller admin, String subject, String role) {
        return Panache.getSession().flatMap(session -> current(session, subject)
                .flatMap(before -> session.createNativeQuery(REVOKE)
                        .setParameter("subject", subject).setParameter("role", role).executeUpdate()
                        .flatMap(revoked -> current(session, subject)
                                // the last revocation leaves no row to remember the username by
                                .map(after -> new RoleHolder(subject, before.username(), after.roles()))
                                .call(holder -> revoked == 0 ? Uni.createFrom().voidItem() : announce(admin, holder)))));
    }

    /**
     * Forgets every role of an erased person, inside the erasure's transaction, with a tombstone so the other
     * services' read models and partners forget them too.
     */
    public Uni<Void> forget(String subject) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(FORGET)
                .setParameter("subject", subject).executeUpdate())
                .call(() -> outbox.appendTombstone(EventType.ROLE_CHANGED, subject))
                .replaceWithVoid();
    }

    private Uni<Void> announce(Caller admin, RoleHolder holder) {
        Log.infof("Roles of %s are now %s (changed by %s)", holder.subject(), holder.roles(), admin.subject());
        return outbox.append(EventType.ROLE_CHANGED, new RoleChanged(holder.subject(),
                holder.username(), holder.roles(), admin.subject(), clock.instant())).replaceWithVoid();
    }

    private static Uni<RoleHolder> current(Mutiny.Session session, String subject) {
        return session.createNativeQuery(ROLES_OF, Object[].class).setParameter("subject", subject).getResultList()
                .map(rows -> {
                    List<String> roles = new ArrayList<>();
                    String username = null;
                    for (Object[] row : rows) {
                        roles.add((String) row[0]);
                        username = row[1] == null ? username : (String) row[1];
                    }
                    return new RoleHolder(subject, username, List.copyOf(roles));
                });
    }

    static boolean isGrantable(String role) {
        return GRANTABLE.contains(role);
    }
}
