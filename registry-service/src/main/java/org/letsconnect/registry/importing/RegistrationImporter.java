package org.letsconnect.registry.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.work.OffEventLoop;
import org.letsconnect.registry.importing.CentralIdResolver.Account;
import org.letsconnect.registry.importing.CentralIdResolver.Locked;
import org.letsconnect.registry.importing.CentralIdResolver.NoAccount;
import org.letsconnect.registry.importing.CentralIdResolver.Resolution;
import org.letsconnect.registry.participant.ParticipantService;
import org.letsconnect.registry.participant.ProfileRequest;
import org.letsconnect.registry.participant.ProfileValidator;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Imports the old registration form's export. Nothing is half-imported: the whole file is read and checked
 * ({@link FormFile}), every answer mapped ({@link AnswerMapper}), every username looked up on Meta-Wiki
 * ({@link CentralIdResolver}; unreachable → 503, nothing imported), the latest answer per person chosen and each
 * profile validated as {@code PUT /api/v1/me} would; only then are all good answers saved in one transaction,
 * each through {@link ParticipantService#save} as that person, which publishes their events through the outbox and
 * changes nothing for an answer already imported.
 *
 * <p>
 * An import never overrides the person: a profile its owner registered or edited themselves, or erased, is
 * skipped (see {@link ImportedProfile}). Imports run one at a time (a transaction-scoped advisory lock).
 */
@ApplicationScoped
public class RegistrationImporter {

    /** The key of the advisory lock that serialises imports ("LCimport"). */
    static final long LOCK_KEY = 0x4c43_696d_706f_7274L;
    /** How many people's state is read per query before saving. */
    private static final int PREFETCH = 1000;

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        SKIPPED
    }

    /** One import: every answer, and those to save. */
    static final class Run {
        final List<Row> rows;
        List<Row> candidates = List.of();

        Run(List<Row> rows) {
            this.rows = rows;
        }

        List<String> usernames() {
            return rows.stream().map(row -> row.draft.username).filter(Objects::nonNull).toList();
        }
    }

    /** One answer on its way through the import. */
    private static final class Row {
        final Draft draft;
        final List<Reason> reasons;
        Account account;
        ProfileRequest request;
        Outcome outcome = Outcome.SKIPPED;

        Row(Draft draft) {
            this.draft = draft;
            this.reasons = new ArrayList<>(draft.problems);
        }
    }

    private final AnswerMapper mapper;
    private final CentralIdResolver resolver;
    private final ParticipantService participants;
    private final ProfileValidator profiles;
    private final Validator validator;
    private final Messages messages;
    private final ImportConfig config;
    private final Clock clock;

    public RegistrationImporter(AnswerMapper mapper, CentralIdResolver resolver, ParticipantService participants,
            ProfileValidator profiles, Validator validator, Messages messages, ImportConfig config, Clock clock) {
        this.mapper = mapper;
        this.resolver = resolver;
        this.participants = participants;
        this.profiles = profiles;
        this.validator = validator;
        this.messages = messages;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Reads an uploaded file and looks its usernames up, before anything is saved ({@link #save}).
     *
     * @return the answers and those to save; or a failure with {@link ProblemException} (400) when the file as a
     *         whole cannot be imported, with {@link CentralAuthUnavailableException} (503) when Meta-Wiki cannot be
     *         asked
     */
    public Uni<Run> plan(byte[] bytes) {
        // reading, mapping and validating up to 10,000 answers is CPU work: on worker threads, not the event loop
        return OffEventLoop.compute(() -> new Run(read(bytes)))
                .flatMap(run -> resolver.resolveAll(run.usernames())
                        .flatMap(resolutions -> OffEventLoop.compute(() -> {
                            run.candidates = plan(run.rows, resolutions);
                            return run;
                        })));
    }

    /**
     * Saves a planned import in one transaction.
     *
     * @param language the language of the report's reasons (a Wikimedia code)
     */
    @WithTransaction
    public Uni<ImportReport> save(Run run, String language) {
        return save(run.candidates)
                .map(ignored -> report(run.rows, language))
                .invoke(report -> Log.infof("Registration import of %d answers: %d created, %d updated, %d unchanged, "
                        + "%d skipped", report.rows(), report.created(), report.updated(), report.unchanged(),
                        report.skipped().size()));
    }

    /** The answers of a file, each read into profile fields. */
    private List<Row> read(byte[] bytes) {
        FormFile file = FormFile.read(bytes, config.maxBytes(), config.maxRows());
        return file.answers().stream().map(answer -> new Row(mapper.map(answer))).toList();
    }

    /** Looks up each answer's person, keeps the latest answer per person and validates it; the rows to save. */
    private List<Row> plan(List<Row> rows, Map<String, Resolution> resolutions) {
        for (Row row : rows) {
            if (row.draft.username == null) {
                continue;
            }
            Resolution resolution = resolutions.get(row.draft.username);
            if (resolution instanceof Account account) {
                row.account = account;
            } else if (resolution instanceof Locked) {
                row.reasons.add(Reason.of("username-locked", row.draft.username));
            } else if (resolution instanceof NoAccount || resolution == null) {
                row.reasons.add(Reason.of("username-not-found", row.draft.username));
            }
        }
        Map<String, Row> latest = new HashMap<>();
        Comparator<Row> order = Comparator.comparing((Row row) -> row.draft.submittedAt,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(row -> row.draft.row);
        for (Row row : rows) {
            if (row.reasons.isEmpty()) {
                latest.merge(row.account.centralId(), row, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        List<Row> candidates = new ArrayList<>();
        for (Row row : rows) {
            if (!row.reasons.isEmpty()) {
                continue;
            }
            Row winner = latest.get(row.account.centralId());
            if (winner != row) {
                row.reasons.add(Reason.of("superseded", winner.draft.row));
                continue;
            }
            row.request = row.draft.request(row.account.name());
            row.reasons.addAll(invalid(row.request));
            if (row.reasons.isEmpty()) {
                candidates.add(row);
            }
        }
        return candidates;
    }

    /** What {@code PUT /api/v1/me} would refuse in this profile: bean validation, then the reference checks. */
    private List<Reason> invalid(ProfileRequest request) {
        List<Reason> reasons = new ArrayList<>();
        for (ConstraintViolation<ProfileRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            reasons.add(Reason.of("invalid-field", field, new InvalidField(field, constraintKey(violation))));
        }
        if (reasons.isEmpty()) {
            try {
                profiles.check(request);
            } catch (ProblemException e) {
                e.invalidFields().forEach(field -> reasons.add(Reason.of("invalid-field", field.field(), field)));
            }
        }
        return reasons;
    }

    private static String constraintKey(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "platform-field-required";
            default -> "platform-field-invalid";
        };
    }

    /**
     * Saves every candidate in the transaction of {@link #save(Run, String)}, one at a time, imports serialised by an advisory
     * lock. What the
     * database already knows about the candidates is read up front, a thousand at a time; the session is flushed
     * and cleared after each answer, so that it stays small however long the file.
     */
    private Uni<Void> save(List<Row> candidates) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                        .setParameter("key", LOCK_KEY).getSingleResult())
                .flatMap(locked -> known(candidates))
                .flatMap(known -> Multi.createFrom().iterable(candidates)
                        .onItem().transformToUniAndConcatenate(row -> saveOne(row, known))
                        .collect().last())
                .replaceWithVoid();
    }

    /** What the database knows about a person before this import: their profile's and the last import's time. */
    private record Known(Instant profileUpdatedAt, Instant importedProfileUpdatedAt) {
    }

    private Uni<Map<String, Known>> known(List<Row> candidates) {
        List<String> subjects = candidates.stream().map(row -> row.account.centralId()).toList();
        Map<String, Instant> profiles = new HashMap<>();
        Map<String, Instant> imported = new HashMap<>();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i += PREFETCH) {
            chunks.add(subjects.subList(i, Math.min(subjects.size(), i + PREFETCH)));
        }
        return Multi.createFrom().iterable(chunks).onItem().transformToUniAndConcatenate(chunk -> Panache.getSession()
                .flatMap(session -> session.createSelectionQuery(
                        "select p.subject, p.updatedAt from Participant p where p.subject in :subjects", Object[].class)
                        .setParameter("subjects", chunk)
                        // a person editing their profile meanwhile waits for the import, then their edit wins
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .invoke(found -> found.forEach(r -> profiles.put((String) r[0], (Instant) r[1])))
                        .chain(() -> session.createSelectionQuery("select i.subject, i.profileUpdatedAt "
                                + "from ImportedProfile i where i.subject in :subjects", Object[].class)
                                .setParameter("subjects", chunk).getResultList())
                        .invoke(found -> found.forEach(r -> imported.put((String) r[0], (Instant) r[1])))))
                .collect().last()
                .map(ignored -> {
                    Map<String, Known> known = new HashMap<>();
                    subjects.forEach(subject -> known.put(subject,
                            new Known(profiles.get(subject), imported.get(subject))));
                    return known;
                });
    }

    private Uni<Row> saveOne(Row row, Map<String, Known> known) {
        String subject = row.account.centralId();
        Known before = known.get(subject);
        boolean exists = before.profileUpdatedAt() != null;
        boolean imported = before.importedProfileUpdatedAt() != null;
        if (!exists && imported) {
            row.reasons.add(Reason.of("erased", row.account.name()));
            return Uni.createFrom().item(row);
        }
        if (exists && (!imported || !before.profileUpdatedAt().equals(before.importedProfileUpdatedAt()))) {
            row.reasons.add(Reason.of("kept-own-profile", row.account.name()));
            return Uni.createFrom().item(row);
        }
        Caller person = new Caller(subject, row.account.name(), Set.of());
        return participants.save(person, row.request).flatMap(saved -> {
            Instant updatedAt = saved.participant().updatedAt;
            if (!saved.created() && updatedAt.equals(before.profileUpdatedAt())) {
                row.outcome = Outcome.UNCHANGED;
                return Uni.createFrom().item(row);
            }
            row.outcome = saved.created() ? Outcome.CREATED : Outcome.UPDATED;
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Uni<?> recorded;
            if (imported) {
                recorded = Panache.getSession().flatMap(session -> session.createMutationQuery("update ImportedProfile "
                        + "set lastImportedAt = :now, profileUpdatedAt = :updatedAt where subject = :subject")
                        .setParameter("now", now).setParameter("updatedAt", updatedAt)
                        .setParameter("subject", subject).executeUpdate());
            } else {
                ImportedProfile record = new ImportedProfile();
                record.subject = subject;
                record.firstImportedAt = now;
                record.lastImportedAt = now;
                record.profileUpdatedAt = updatedAt;
                recorded = record.persist();
            }
            return recorded.replaceWith(row);
        }).call(() -> Panache.getSession().flatMap(session -> session.flush().invoke(session::clear)));
    }

    private ImportReport report(List<Row> rows, String language) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<ImportReport.Warning> warnings = new ArrayList<>();
        for (Row row : rows) {
            switch (row.outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case SKIPPED -> skipped.add(new ImportReport.Skipped(row.draft.row, row.draft.username,
                        row.reasons.stream().map(reason -> text(reason, language)).toList(),
                        row.reasons.stream().map(Reason::code).toList()));
            }
            if (row.outcome != Outcome.SKIPPED) {
                row.draft.warnings.forEach(warning -> warnings.add(new ImportReport.Warning(row.draft.row,
                        warning.field(), warning.value(), text(warning.reason(), language), warning.reason().code())));
            }
        }
        return new ImportReport(rows.size(), created, updated, unchanged, List.copyOf(skipped), List.copyOf(warnings));
    }

    /** A reason in a language, its parameters that are reasons or invalid fields rendered first. */
    String text(Reason reason, String language) {
        Object[] params = reason.params().stream().map(param -> {
            if (param instanceof Reason nested) {
                return text(nested, language);
            }
            if (param instanceof InvalidField field) {
                return messages.get(language, field.messageKey(), field.params());
            }
            return param;
        }).toArray();
        return messages.get(language, reason.key(), params);
    }
}
