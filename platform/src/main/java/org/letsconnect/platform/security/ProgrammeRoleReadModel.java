package org.letsconnect.platform.security;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The roles each person holds, as registry-service last announced them on {@code registry.roles.v1}. */
@ApplicationScoped
public class ProgrammeRoleReadModel {

    private static final String ROLES_OF = "select role from programme_role where subject = $1";
    private static final String FORGET = "delete from programme_role where subject = :subject";
    private static final String GRANT = """
            insert into programme_role (subject, role, username) values (:subject, :role, :username)
            on conflict (subject, role) do update set username = excluded.username, updated_at = clock_timestamp()""";

    private final Pool pool;

    public ProgrammeRoleReadModel(Pool pool) {
        this.pool = pool;
    }

    /** The roles recorded for a subject, outside any transaction (used while authenticating a request). */
    public Uni<Set<String>> rolesOf(String subject) {
        return pool.preparedQuery(ROLES_OF).execute(Tuple.of(subject))
                .map(rows -> {
                    Set<String> roles = new HashSet<>();
                    rows.forEach(row -> roles.add(row.getString("role")));
                    return roles;
                });
    }

    /** Replaces a subject's roles with the announced set, inside the consumer's transaction. */
    public Uni<Void> replace(String subject, String username, Set<String> roles) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(FORGET)
                .setParameter("subject", subject).executeUpdate()
                .flatMap(ignored -> {
                    Uni<Void> all = Uni.createFrom().voidItem();
                    for (String role : roles) {
                        all = all.flatMap(previous -> session.createNativeQuery(GRANT)
                                .setParameter("subject", subject)
                                .setParameter("role", role)
                                .setParameter("username", username)
                                .executeUpdate().replaceWithVoid());
                    }
                    return all;
                }));
    }
}
