package se.arenaregister.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.repository.support.Repositories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ClassUtils;
import se.arenaregister.analysis.MemoTextForm;
import se.arenaregister.analysis.MemoTexts;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.TopicForm;
import se.arenaregister.followup.AssessmentForm;
import se.arenaregister.followup.Assessments;
import se.arenaregister.followup.AssignmentForm;
import se.arenaregister.followup.Assignments;
import se.arenaregister.followup.internal.CalendarTokens;
import se.arenaregister.followup.MeetingForm;
import se.arenaregister.followup.Meetings;
import se.arenaregister.followup.ReportBackForm;
import se.arenaregister.followup.ReviewForm;
import se.arenaregister.followup.ReviewOutcomeForm;
import se.arenaregister.followup.Reviews;
import se.arenaregister.followup.Verdict;
import se.arenaregister.document.DocumentKind;
import se.arenaregister.document.DocumentUpload;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.governance.AgreementForm;
import se.arenaregister.governance.Agreements;
import se.arenaregister.governance.DecisionForm;
import se.arenaregister.governance.Decisions;
import se.arenaregister.governance.Term;
import se.arenaregister.governance.internal.TermRepository;
import se.arenaregister.governance.Terms;
import se.arenaregister.notes.NoteForm;
import se.arenaregister.notes.Notes;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.Role;
import se.arenaregister.reminder.DueReminder;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.internal.Outbox;
import se.arenaregister.reminder.internal.Preferences;
import se.arenaregister.reminder.internal.ReminderPreference;
import se.arenaregister.report.internal.MemoTemplates;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.ApiToken;
import se.arenaregister.security.internal.ApiTokenExpiry;
import se.arenaregister.security.internal.ApiTokenForm;
import se.arenaregister.security.internal.ApiTokenScope;
import se.arenaregister.security.internal.ApiTokens;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.PasswordForm;
import se.arenaregister.security.internal.UserAccount;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.security.internal.UserForm;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;
import se.arenaregister.support.WordTemplates;

/**
 * Audit is a mechanism only if nothing can be left out of it. The tables come from the schema, so a new table
 * fails here until an audited aggregate claims it or it is listed below as not user data, with the reason; the
 * aggregates come from the repositories and the {@link Traced} annotations; and what was stored through the
 * services (the demo data, loaded at start) must have its creation in the log under the aggregate's type. Beyond
 * creation, every kind of change each aggregate's services make (update, archive, restore, end, complete, close,
 * report, erase, export, a new password or calendar address) is driven through the service and must write exactly
 * its entries: type, id, action, and the changed fields with their values before and after.
 */
@IntegrationTest
class EveryAggregateIsAuditedTest {

    /** Tables that hold no register or account data, and why. */
    static final Map<String, String> NOT_USER_DATA = Map.ofEntries(
            Map.entry("audit_entry", "the audit log itself"),
            Map.entry("form_submission", "transient one-time form tokens, not part of backups either"),
            Map.entry("search_entry", "the search index, derived from the register and rebuilt from it (not in backups)"),
            Map.entry("search_word", "the search index's word list, derived with it"),
            Map.entry("search_index_state", "which version of the search index was built"),
            Map.entry("flyway_schema_history", "the schema's migration history"),
            Map.entry("import_preview", "an uploaded file's plan waiting 30 minutes at most for its confirmation, which is audited (not in backups)"),
            Map.entry("security_session", "signed-in sessions, shared by the nodes (not in backups)"),
            Map.entry("security_session_attributes", "the sessions' attributes"),
            Map.entry("security_login_throttle", "counts of failed logins, to slow guessing (every attempt is audited as a login entry)"),
            Map.entry("register_change", "the last hour's changing transactions: when kept figures are stale (not in backups)"));

    /**
     * Aggregates nothing makes at start: an account makes its own API tokens, an administrator uploads the memo's
     * template, a recipient's reminder choices are made by the first mail or change, reminders by the daily job, users
     * upload documents.
     */
    static final Set<EntityType> NOT_IN_THE_DEMO_DATA = Set.of(EntityType.API_TOKEN, EntityType.MEMO_TEMPLATE,
            EntityType.REMINDER_PREFERENCE, EntityType.REMINDER, EntityType.DOCUMENT);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog auditLog;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    ArenaService arenas;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    Decisions decisions;
    @Autowired
    Terms terms;
    @Autowired
    TermRepository termRepository;
    @Autowired
    People people;
    @Autowired
    Appointments appointments;
    @Autowired
    Assessments assessments;
    @Autowired
    Reviews reviews;
    @Autowired
    Meetings meetings;
    @Autowired
    Assignments assignments;
    @Autowired
    MemoTexts memoTexts;
    @Autowired
    se.arenaregister.report.MemoEditions editions;
    @Autowired
    se.arenaregister.report.MemoSections memoSections;
    @Autowired
    se.arenaregister.report.MemoProposals memoProposals;
    @Autowired
    se.arenaregister.report.EditionSending sending;
    @Autowired
    UserAdministration users;
    @Autowired
    CalendarTokens calendarTokens;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    MemoTemplates memoTemplates;
    @Autowired
    Notes notes;
    @Autowired
    Preferences reminderPreferences;
    @Autowired
    Outbox outbox;
    @Autowired
    Documents documents;
    @Autowired
    Agreements agreements;

    @Test
    void everyTableBelongsToAnAuditedAggregateOrIsNamedAsNotUserData() {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")
                .query(String.class).list();
        Map<String, List<String>> claims = new HashMap<>();
        traced().forEach(type -> Arrays.stream(type.getAnnotation(Traced.class).tables())
                .forEach(table -> claims.computeIfAbsent(table, t -> new ArrayList<>()).add(type.getName())));

        assertThat(tables).as("tables of the schema").isNotEmpty();
        for (String table : tables) {
            assertThat(claims.containsKey(table) || NOT_USER_DATA.containsKey(table))
                    .as("table %s: claimed by no @Traced aggregate and not listed as holding no user data", table).isTrue();
            assertThat(claims.getOrDefault(table, List.of())).as("aggregates claiming %s", table).hasSizeLessThanOrEqualTo(1);
            assertThat(claims.containsKey(table) && NOT_USER_DATA.containsKey(table)).as("table %s both claimed and excluded", table).isFalse();
        }
        assertThat(tables).as("tables the aggregates claim").containsAll(claims.keySet());
    }

    @Test
    void everyRepositoryStoresAnAuditedAggregate() {
        Repositories repositories = new Repositories(context);
        List<Class<?>> domainTypes = new ArrayList<>();
        repositories.forEach(domainTypes::add);
        assertThat(domainTypes).isNotEmpty().allSatisfy(type -> assertThat(type.isAnnotationPresent(Traced.class))
                .as("%s is stored by a repository but not @Traced", type.getName()).isTrue());
    }

    @Test
    void everyAuditedTypeIsDistinctAndEveryTypeIsUsed() {
        List<EntityType> used = traced().stream().map(type -> type.getAnnotation(Traced.class).value()).toList();
        assertThat(used).doesNotHaveDuplicates();
        // The backup is the installation as a whole, and a login an event: neither is an aggregate with rows.
        assertThat(used).containsExactlyInAnyOrder(Arrays.stream(EntityType.values())
                .filter(t -> t != EntityType.BACKUP && t != EntityType.LOGIN).toArray(EntityType[]::new));
    }

    /**
     * Every row the services stored before any test ran (the demo data, and the first administrator) was logged as
     * created under its aggregate's type, with at least one field. Read from the first table each aggregate claims.
     */
    @Test
    void whatTheServicesStoredAtStartIsLoggedAsCreatedUnderItsType() {
        for (Class<?> type : traced()) {
            Traced traced = type.getAnnotation(Traced.class);
            if (NOT_IN_THE_DEMO_DATA.contains(traced.value())) {
                continue;
            }
            String table = traced.tables()[0];
            String id = switch (table) {
                case "memo_text" -> "CASE WHEN key = 'intro' THEN 0 ELSE substring(key FROM 6)::bigint END";
                case "memo_flag_resolution" -> "section_id";
                default -> "id";
            };
            Long first = jdbc.sql("SELECT " + id + " FROM " + table + " ORDER BY " + (table.equals("memo_text") ? "updated_at" : id)
                            + " LIMIT 1")
                    .query(Long.class).optional().orElse(null);
            assertThat(first).as("%s: the demo data holds a row", table).isNotNull();
            long entries = jdbc.sql("""
                            SELECT count(*) FROM audit_entry
                            WHERE entity_type = :type AND entity_id = :id AND action = 'CREATED' AND jsonb_array_length(changes) > 0""")
                    .param("type", traced.value().key()).param("id", first).query(Long.class).single();
            assertThat(entries).as("%s %d (table %s) logged as created", traced.value().key(), first, table).isEqualTo(1);
        }
    }

    /**
     * One scenario per aggregate type (every type but the backup, which is not stored through a service): each drives
     * every kind of change the type's services offer and checks the entries each call writes. A type without a
     * scenario fails the factory; a change that stops being logged, or is logged under another type, id or action,
     * fails its scenario. The memo's template is the one thing a service deletes; its removal is checked with it.
     */
    @TestFactory
    Stream<DynamicTest> everyKindOfChangeThroughTheServicesIsLoggedWithTypeIdAndValues() {
        Map<EntityType, Executable> scenarios = new EnumMap<>(EntityType.class);
        scenarios.put(EntityType.ARENA, this::arena);
        scenarios.put(EntityType.AREA, this::area);
        scenarios.put(EntityType.TOPIC, this::topic);
        scenarios.put(EntityType.ORGANISATION, this::organisation);
        scenarios.put(EntityType.COMMITTEE, this::committee);
        scenarios.put(EntityType.TERM, this::term);
        scenarios.put(EntityType.DECISION, this::decision);
        scenarios.put(EntityType.PERSON, this::person);
        scenarios.put(EntityType.APPOINTMENT, this::appointment);
        scenarios.put(EntityType.ASSESSMENT, this::assessment);
        scenarios.put(EntityType.REVIEW, this::review);
        scenarios.put(EntityType.MEETING, this::meeting);
        scenarios.put(EntityType.ASSIGNMENT, this::assignment);
        scenarios.put(EntityType.REPORT_BACK, this::reportBack);
        scenarios.put(EntityType.MEMO_TEXT, this::memoText);
        scenarios.put(EntityType.MEMO_EDITION, this::memoEdition);
        scenarios.put(EntityType.MEMO_SECTION, this::memoSection);
        scenarios.put(EntityType.MEMO_PROPOSAL, this::memoProposal);
        scenarios.put(EntityType.MEMO_FLAG, this::memoFlag);
        scenarios.put(EntityType.MEMO_TEMPLATE, this::memoTemplate);
        scenarios.put(EntityType.USER, this::user);
        scenarios.put(EntityType.LOGIN, this::login);
        scenarios.put(EntityType.API_TOKEN, this::apiToken);
        scenarios.put(EntityType.NOTE, this::note);
        scenarios.put(EntityType.REMINDER_PREFERENCE, this::reminderPreference);
        scenarios.put(EntityType.REMINDER, this::reminder);
        scenarios.put(EntityType.DOCUMENT, this::document);
        scenarios.put(EntityType.AGREEMENT, this::agreement);
        assertThat(scenarios.keySet()).as("aggregate types with a scenario of their changes")
                .containsExactlyInAnyOrder(Arrays.stream(EntityType.values()).filter(t -> t != EntityType.BACKUP)
                        .toArray(EntityType[]::new));
        return scenarios.entrySet().stream().map(s -> DynamicTest.dynamicTest(s.getKey().key(), s.getValue()));
    }

    private void arena() {
        String name = PeopleFixtures.unique("Granskningsforum");
        long subArea = Register.testSubArea(catalog, areas);
        long area = testArea();
        Logged<Long> created = logged(() -> arenas.create(ArenaForm.builder().name(name).areaId(area).subAreaId(subArea)
                .types(Set.of(ArenaType.INFLUENCE)).levels(Set.of(Level.OFFICIAL)).purpose("Före").build()));
        long id = created.result();
        created.is(EntityType.ARENA, id, Audited.Action.CREATED).has("name", null, name).has("purpose", null, "Före");

        ArenaForm stored = arenas.formFor(id);
        logged(() -> arenas.update(id, stored.toBuilder().purpose("Efter").build()))
                .is(EntityType.ARENA, id, Audited.Action.UPDATED).hasExactly("purpose", "Före", "Efter");
        logged(() -> arenas.archive(id, arenas.formFor(id).version()))
                .is(EntityType.ARENA, id, Audited.Action.ARCHIVED).has("archived", "false", "true");
        logged(() -> arenas.restore(id, arenas.formFor(id).version()))
                .is(EntityType.ARENA, id, Audited.Action.RESTORED).has("archived", "true", "false");
    }

    private void area() {
        long parent = testArea();
        String name = PeopleFixtures.unique("Granskat sakområde");
        Logged<Long> created = logged(() -> catalog.createArea(new AreaForm(name, parent, "Före", null, null)).id());
        long id = created.result();
        created.is(EntityType.AREA, id, Audited.Action.CREATED).has("name", null, name).has("parent", null, Register.TEST_AREA);

        var stored = catalog.area(id);
        logged(() -> catalog.updateArea(id, new AreaForm(name, parent, "Efter", stored.sortOrder(), stored.version())))
                .is(EntityType.AREA, id, Audited.Action.UPDATED).hasExactly("description", "Före", "Efter");
    }

    private void topic() {
        String name = PeopleFixtures.unique("Granskad fråga");
        Logged<Long> created = logged(() -> catalog.createTopic(new TopicForm(name, "Före", null)).id());
        long id = created.result();
        created.is(EntityType.TOPIC, id, Audited.Action.CREATED).has("name", null, name).has("description", null, "Före");

        logged(() -> catalog.updateTopic(id, new TopicForm(name, "Efter", catalog.topic(id).version())))
                .is(EntityType.TOPIC, id, Audited.Action.UPDATED).hasExactly("description", "Före", "Efter");
    }

    private void organisation() {
        String name = PeopleFixtures.unique("Granskad organisation");
        Logged<Long> created = logged(() -> catalog.createOrganisation(
                new OrganisationForm(name, null, OrganisationKind.OTHER, null, "Före", null, null)).id());
        long id = created.result();
        created.is(EntityType.ORGANISATION, id, Audited.Action.CREATED).has("name", null, name).has("kind", null, "OTHER");

        logged(() -> catalog.updateOrganisation(id, new OrganisationForm(name, null, OrganisationKind.COMPANY, null, "Före",
                new BigDecimal("51"), catalog.organisation(id).version())))
                .is(EntityType.ORGANISATION, id, Audited.Action.UPDATED)
                .has("kind", "OTHER", "COMPANY").has("ownershipShare", null, "51");
    }

    /** Committees are only created (there is no service to change one). */
    private void committee() {
        String name = PeopleFixtures.unique("Granskningsnämnden");
        String shortName = shortName();
        Logged<Long> created = logged(() -> decisions.createCommittee(name, shortName).id());
        created.is(EntityType.COMMITTEE, created.result(), Audited.Action.CREATED).has("name", null, name).has("shortName", null, shortName);
    }

    /**
     * Terms are only created (there is no service to change one). This one starts after the last stored term and far
     * enough ahead that the terms other tests create (2027–2030) never overlap it, whichever runs first.
     */
    private void term() {
        LocalDate farAhead = LocalDate.of(2199, 12, 31);
        LocalDate start = termRepository.findAll().stream().map(Term::endDate).filter(farAhead::isBefore)
                .max(Comparator.naturalOrder()).orElse(farAhead).plusDays(1);
        String name = PeopleFixtures.unique("Granskad mandatperiod");
        Logged<Long> created = logged(() -> terms.create(name, start, start.plusYears(4).minusDays(1)).id());
        created.is(EntityType.TERM, created.result(), Audited.Action.CREATED).has("name", null, name)
                .has("startDate", null, start.toString());
    }

    private void decision() {
        long committee = fixtures.committee();
        String reference = reference();
        LocalDate on = LocalDate.of(2024, 2, 1);
        Logged<Long> created = logged(() -> decisions.create(new DecisionForm(committee, reference, on, "Före", null, null, null)).id());
        long id = created.result();
        created.is(EntityType.DECISION, id, Audited.Action.CREATED).has("reference", null, reference).has("committeeId", null, "RUN");

        logged(() -> decisions.update(id, new DecisionForm(committee, reference, on, "Efter", null, null, decisions.decision(id).version())))
                .is(EntityType.DECISION, id, Audited.Action.UPDATED).hasExactly("title", "Före", "Efter");
    }

    private void person() {
        String name = PeopleFixtures.unique("Granskad person");
        Logged<Long> created = logged(() -> people.create(
                new PersonForm(name, PersonKind.OFFICIAL, null, "Före", null, null, null, Set.of(), true, null)));
        long id = created.result();
        created.is(EntityType.PERSON, id, Audited.Action.CREATED).has("name", null, name).has("title", null, "Före");

        PersonForm stored = people.formFor(id);
        logged(() -> people.update(id, new PersonForm(name, PersonKind.OFFICIAL, null, "Efter", null, null, null, Set.of(), true,
                stored.version())))
                .is(EntityType.PERSON, id, Audited.Action.UPDATED).hasExactly("title", "Före", "Efter");
        logged(() -> people.recordExport(id)).is(EntityType.PERSON, id, Audited.Action.EXPORTED).hasNoValues();
        logged(() -> people.erase(id, people.formFor(id).version())).is(EntityType.PERSON, id, Audited.Action.ERASED).hasNoValues();
        assertThat(auditLog.historyOf(EntityType.PERSON.key(), id)).as("the erased person's history")
                .flatExtracting(AuditEntry::changes).extracting(AuditEntry.Change::after).doesNotContain(name, "Före", "Efter");
    }

    private void appointment() {
        long person = fixtures.official("Granskad ledamot");
        long arena = fixtures.arena("Granskad arena", false, null, null, null);
        LocalDate start = LocalDate.of(2024, 1, 1);
        Logged<Long> created = logged(() -> appointments.appoint(
                new AppointmentForm(person, arena, Role.MEMBER, start, null, null, null, "Före", null)));
        long id = created.result();
        created.is(EntityType.APPOINTMENT, id, Audited.Action.CREATED).has("personId", null, String.valueOf(person))
                .has("role", null, "MEMBER").has("note", null, "Före");

        logged(() -> appointments.update(id, new AppointmentForm(person, arena, Role.MEMBER, start, null, null, null, "Efter",
                appointments.formFor(id).version())))
                .is(EntityType.APPOINTMENT, id, Audited.Action.UPDATED).hasExactly("note", "Före", "Efter");
        LocalDate end = LocalDate.of(2024, 12, 31);
        logged(() -> appointments.end(id, end)).is(EntityType.APPOINTMENT, id, Audited.Action.UPDATED)
                .hasExactly("endDate", null, end.toString());
    }

    /** An assessment is only recorded; the arena's history notes its new verdict in the same call. */
    private void assessment() {
        long arena = fixtures.arena("Bedömd arena", false, null, null, null);
        LocalDate today = LocalDate.now(clock);
        Logged<Long> created = logged(() -> assessments.record(new AssessmentForm(arena, today, Verdict.RELEVANT, "Motivering", null, "Granskare")));
        created.entries(tuple(EntityType.ASSESSMENT.key(), created.result(), Audited.Action.CREATED),
                tuple(EntityType.ARENA.key(), arena, Audited.Action.UPDATED));
        created.entry(0).has("verdict", null, "RELEVANT").has("motivation", null, "Motivering");
        created.entry(1).hasExactly("assessment", null, "RELEVANT");
    }

    private void review() {
        long arena = fixtures.arena("Granskad arena", false, null, null, null);
        LocalDate today = LocalDate.now(clock);
        Logged<Long> created = logged(() -> reviews.schedule(new ReviewForm(arena, null, today, false, null, null, "Skäl", null, null)));
        long id = created.result();
        created.is(EntityType.REVIEW, id, Audited.Action.CREATED).has("arenaId", null, String.valueOf(arena)).has("reason", null, "Skäl");

        logged(() -> reviews.complete(id, new ReviewOutcomeForm("Utfall", today)))
                .is(EntityType.REVIEW, id, Audited.Action.UPDATED)
                .has("outcome", null, "Utfall").has("completedOn", null, today.toString());
    }

    /** Meetings are only scheduled (there is no service to change one). */
    private void meeting() {
        String committee = shortName();
        long committeeId = decisions.createCommittee(PeopleFixtures.unique("Mötesnämnden"), committee).id();
        LocalDate on = LocalDate.of(2024, 6, 1);
        Logged<Long> created = logged(() -> meetings.schedule(new MeetingForm(committeeId, on, "Dagordning")));
        created.is(EntityType.MEETING, created.result(), Audited.Action.CREATED).has("committeeId", null, committee)
                .has("meetsOn", null, on.toString()).has("agendaNote", null, "Dagordning");
    }

    private void assignment() {
        long decision = fixtures.decision(reference(), LocalDate.of(2024, 2, 1));
        LocalDate due = LocalDate.of(2024, 9, 1);
        Logged<Long> created = logged(() -> assignments.give(new AssignmentForm(decision, "Förvaltningschef", null, "Uppdrag", null, due)));
        long id = created.result();
        created.is(EntityType.ASSIGNMENT, id, Audited.Action.CREATED).has("description", null, "Uppdrag").has("status", null, "OPEN");

        logged(() -> assignments.close(id)).is(EntityType.ASSIGNMENT, id, Audited.Action.UPDATED).hasExactly("status", "OPEN", "CLOSED");
    }

    /** A report-back is only recorded; a report on an assignment also changes the assignment, in the same call. */
    private void reportBack() {
        long decision = fixtures.decision(reference(), LocalDate.of(2024, 2, 1));
        long assignment = assignments.give(new AssignmentForm(decision, "Förvaltningschef", null, "Uppdrag", null, LocalDate.of(2024, 9, 1)));
        long committee = decisions.createCommittee(PeopleFixtures.unique("Rapportnämnden"), shortName()).id();
        long meeting = meetings.schedule(new MeetingForm(committee, LocalDate.of(2024, 9, 1), null));
        Logged<Long> created = logged(() -> meetings.reportBack(new ReportBackForm(meeting, null, "Rapportör", null, assignment, "Rapport")));
        created.entries(tuple(EntityType.REPORT_BACK.key(), created.result(), Audited.Action.CREATED),
                tuple(EntityType.ASSIGNMENT.key(), assignment, Audited.Action.UPDATED));
        created.entry(0).has("text", null, "Rapport").has("reporter", null, "Rapportör");
        created.entry(1).has("status", "OPEN", "REPORTED").has("reportText", null, "Rapport").has("reportedOn", null, "2024-09-01");
    }

    /** A note is recorded, changed, made public and deleted, each one entry with the fields it changed. */
    private void note() {
        long arena = fixtures.arena("Antecknad arena", false, null, null, null);
        long person = fixtures.official("Antecknare");
        LocalDate held = LocalDate.of(2024, 5, 2);
        Logged<Long> created = logged(() -> notes.create(arena, new NoteForm(held, Set.of(person), "", "Diskussion", "", "Före",
                Set.of(person), Set.of(), null)));
        long id = created.result();
        created.is(EntityType.NOTE, id, Audited.Action.CREATED).has("heldOn", null, held.toString()).has("learned", null, "Före")
                .has("attendeePersonIds", null, String.valueOf(person)).has("public", null, "false");

        logged(() -> notes.update(id, new NoteForm(held, Set.of(person), "", "Diskussion", "", "Efter", Set.of(person), Set.of(),
                notes.note(id).version())))
                .is(EntityType.NOTE, id, Audited.Action.UPDATED).hasExactly("learned", "Före", "Efter");
        logged(() -> notes.markPublic(id, notes.note(id).version()))
                .is(EntityType.NOTE, id, Audited.Action.UPDATED).hasExactly("public", "false", "true");
        logged(() -> notes.delete(id, notes.note(id).version()))
                .is(EntityType.NOTE, id, Audited.Action.DELETED);
    }

    /** A memo text is created by its first save and updated by the next; this one belongs to a sub-area of the test area. */
    private void memoText() {
        long area = catalog.createArea(new AreaForm(PeopleFixtures.unique("Sakområde med text"), testArea(), null, null, null)).id();
        logged(() -> memoTexts.saveArea(area, new MemoTextForm("Före", null)))
                .is(EntityType.MEMO_TEXT, area, Audited.Action.CREATED).has("text", null, "Före");
        logged(() -> memoTexts.saveArea(area, new MemoTextForm("Efter", memoTexts.ofArea(area).version())))
                .is(EntityType.MEMO_TEXT, area, Audited.Action.UPDATED).hasExactly("text", "Före", "Efter");
    }

    /** An edition of a year far ahead (each scenario its own): created, changed, sent. */
    private long newEdition(String title) {
        int year = 2100 + EDITION_YEARS.incrementAndGet();
        return editions.createEmpty(new se.arenaregister.report.EditionForm(year, title, null, java.time.LocalDate.of(year, 1, 15),
                "Samordningskansliet", null, null, null, null, List.of(), null));
    }

    private static final java.util.concurrent.atomic.AtomicInteger EDITION_YEARS = new java.util.concurrent.atomic.AtomicInteger();

    private void memoEdition() {
        Logged<Long> created = logged(() -> newEdition("Före"));
        long id = created.result();
        created.is(EntityType.MEMO_EDITION, id, Audited.Action.CREATED).has("title", null, "Före").has("status", null, "DRAFT");
        var stored = se.arenaregister.report.EditionForm.of(editions.edition(id));
        logged(() -> editions.update(id, new se.arenaregister.report.EditionForm(stored.year(), "Efter", stored.reference(),
                stored.datedOn(), stored.office(), null, null, null, null, stored.appendixAreaIds(), stored.version())))
                .is(EntityType.MEMO_EDITION, id, Audited.Action.UPDATED).hasExactly("title", "Före", "Efter");
        logged(() -> sending.send(id, editions.edition(id).version()))
                .is(EntityType.MEMO_EDITION, id, Audited.Action.UPDATED).hasExactly("status", "DRAFT", "SENT");
    }

    private void memoSection() {
        long edition = newEdition("Avsnitt");
        Logged<Long> created = logged(() -> memoSections.addSection(edition,
                se.arenaregister.report.SectionForm.text("Före", null, null, "Text")));
        long id = created.result();
        created.is(EntityType.MEMO_SECTION, id, Audited.Action.CREATED).has("heading", null, "Före").has("body", null, "Text");
        var stored = memoSections.section(id);
        logged(() -> memoSections.updateSection(id, new se.arenaregister.report.SectionForm("Efter", "", null, null, stored.kind(), "Text",
                stored.version())))
                .is(EntityType.MEMO_SECTION, id, Audited.Action.UPDATED).hasExactly("heading", "Före", "Efter");
        logged(() -> memoSections.deleteSection(id, memoSections.section(id).version()))
                .is(EntityType.MEMO_SECTION, id, Audited.Action.DELETED).has("heading", "Efter", null);
    }

    private void memoProposal() {
        long edition = newEdition("Förslag");
        Logged<Long> created = logged(() -> memoProposals.addProposal(edition,
                new se.arenaregister.report.ProposalForm("", "regiondirektören", "Före", null, null)));
        long id = created.result();
        created.is(EntityType.MEMO_PROPOSAL, id, Audited.Action.CREATED).has("task", null, "Före").has("assigneeRole", null, "regiondirektören");
        logged(() -> memoProposals.updateProposal(id, new se.arenaregister.report.ProposalForm("", "regiondirektören", "Efter", null,
                memoProposals.proposal(id).version())))
                .is(EntityType.MEMO_PROPOSAL, id, Audited.Action.UPDATED).hasExactly("task", "Före", "Efter");
        logged(() -> memoProposals.deleteProposal(id, memoProposals.proposal(id).version()))
                .is(EntityType.MEMO_PROPOSAL, id, Audited.Action.DELETED).has("task", "Efter", null);
    }

    /** A flag is logged under its section: resolved with a reason, and taken back. */
    private void memoFlag() {
        long edition = newEdition("Flagga");
        long section = memoSections.addSection(edition, se.arenaregister.report.SectionForm.text("Testområdet", testArea(), null,
                "Regionen är med i 97 forum."));
        logged(() -> memoSections.resolveFlag(section, new se.arenaregister.report.FlagForm("97 forum", 97, "Räknar annorlunda")))
                .is(EntityType.MEMO_FLAG, section, Audited.Action.CREATED).has("phrase", null, "97 forum").has("reason", null, "Räknar annorlunda");
        logged(() -> memoSections.reopenFlag(section, "97 forum", 97))
                .is(EntityType.MEMO_FLAG, section, Audited.Action.DELETED).has("reason", "Räknar annorlunda", null);
    }

    /**
     * The memo's template: uploaded (created), replaced (updated) and removed (deleted), each logged with the file's name,
     * size and SHA-256, never its content.
     */
    private void memoTemplate() {
        byte[] first = WordTemplates.template().bytes();
        byte[] second = WordTemplates.template().swedishIds().bytes();
        logged(() -> memoTemplates.upload("Brevmall.docx", first, null))
                .is(EntityType.MEMO_TEMPLATE, 1, Audited.Action.CREATED).has("fileName", null, "Brevmall.docx")
                .has("bytes", null, String.valueOf(first.length)).has("sha256", null, sha256(first));
        logged(() -> memoTemplates.upload("Brevmall 2.docx", second, 0L))
                .is(EntityType.MEMO_TEMPLATE, 1, Audited.Action.UPDATED).has("fileName", "Brevmall.docx", "Brevmall 2.docx")
                .has("sha256", sha256(first), sha256(second));
        logged(() -> memoTemplates.remove(1L))
                .is(EntityType.MEMO_TEMPLATE, 1, Audited.Action.DELETED).has("fileName", "Brevmall 2.docx", null);
        assertThat(memoTemplates.current()).isEmpty();
    }

    /** A document: uploaded (name, detected type, size and checksum logged, never the bytes), retitled, deleted. */
    private void document() {
        long decision = jdbc.sql("SELECT min(id) FROM decision").query(Long.class).single();
        byte[] pdf = se.arenaregister.document.SampleFiles.pdf();
        Logged<Long> created = logged(() -> documents.upload(OwnerKind.DECISION, decision, new DocumentUpload("Före", DocumentKind.MINUTES, true),
                "protokoll.pdf", pdf).id());
        long id = created.result();
        created.is(EntityType.DOCUMENT, id, Audited.Action.CREATED).has("title", null, "Före").has("fileName", null, "protokoll.pdf")
                .has("contentType", null, "application/pdf").has("sha256", null, sha256(pdf));
        logged(() -> documents.change(id, new DocumentUpload.Change("Efter", DocumentKind.MINUTES, true, 0L)))
                .is(EntityType.DOCUMENT, id, Audited.Action.UPDATED).hasExactly("title", "Före", "Efter");
        logged(() -> documents.delete(id, 1L)).is(EntityType.DOCUMENT, id, Audited.Action.DELETED).has("title", "Efter", null);
    }

    /** An agreement: recorded with its counterparty by name, then extended (a new valid-until). */
    private void agreement() {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = 'Östersunds kommun'").query(Long.class).single();
        Logged<Long> created = logged(() -> agreements.create(new AgreementForm("Granskat avtal", organisation, null, null,
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), null, null, null, null)).id());
        long id = created.result();
        created.is(EntityType.AGREEMENT, id, Audited.Action.CREATED).has("title", null, "Granskat avtal")
                .has("organisationId", null, "Östersunds kommun").has("validUntil", null, "2025-12-31");
        logged(() -> agreements.update(id, new AgreementForm("Granskat avtal", organisation, null, null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 12, 31), null, null, null, agreements.agreement(id).version())))
                .is(EntityType.AGREEMENT, id, Audited.Action.UPDATED).hasExactly("validUntil", "2025-12-31", "2027-12-31");
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account: created, changed, given a new password and a new calendar address; secrets are logged as changed, never shown. */
    private void user() {
        String username = "granskare-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "ett långt lösenord";
        Logged<Long> created = logged(() -> users.create(new NewUserForm(username, "Före", AccountRole.COORDINATOR,
                password, password)).id());
        long id = created.result();
        created.is(EntityType.USER, id, Audited.Action.CREATED).has("username", null, username).has("displayName", null, "Före")
                .has("password", null, Traceability.SECRET_CHANGED);

        UserAccount stored = users.get(id);
        logged(() -> users.update(id, new UserForm("Efter", stored.roles(), stored.editorAreas(), true, stored.version()), IntegrationTest.ADMIN))
                .is(EntityType.USER, id, Audited.Action.UPDATED).hasExactly("displayName", "Före", "Efter");
        logged(() -> users.setPassword(id, new PasswordForm(null, password + " nytt", password + " nytt")))
                .is(EntityType.USER, id, Audited.Action.UPDATED).hasExactly("password", null, Traceability.SECRET_CHANGED);
        logged(() -> calendarTokens.renew(username))
                .is(EntityType.USER, id, Audited.Action.UPDATED).hasExactly("calendarToken", null, Traceability.SECRET_CHANGED);
    }

    /**
     * Logins, through the real login filter: a failed and a successful one each write one entry under the account's
     * id, with the name as typed as the actor; a name without an account is logged under id 0.
     */
    private void login() {
        String username = "inloggare-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "ett långt lösenord";
        long id = users.create(new NewUserForm(username, "Inloggare", AccountRole.COORDINATOR, password, password)).id();
        String address = "192.0.2.77";
        logged(() -> login(username, "fel lösenord", address))
                .is(EntityType.LOGIN, id, Audited.Action.LOGIN).has("outcome", null, "FAILED").has("address", null, address);
        logged(() -> login(username, password, address))
                .is(EntityType.LOGIN, id, Audited.Action.LOGIN).has("outcome", null, "SUCCEEDED").has("address", null, address);
        assertThat(auditLog.historyOf(EntityType.LOGIN.key(), id)).extracting(AuditEntry::actor).containsOnly(username);
        logged(() -> login(username + "-finns-inte", "gissning", address))
                .is(EntityType.LOGIN, 0, Audited.Action.LOGIN).has("outcome", null, "FAILED");
    }

    /**
     * An API token: made (its secret logged as set, never shown), used (its first use of the day, with the address,
     * through the real filter; a second use writes nothing) and revoked.
     */
    private void apiToken() {
        String username = "nyckelhavare-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "ett långt lösenord";
        users.create(new NewUserForm(username, "Nyckelhavare", AccountRole.COORDINATOR, password, password));
        Logged<ApiTokens.Created> created = logged(() -> apiTokens.create(username,
                new ApiTokenForm("Granskad nyckel", ApiTokenScope.READ, ApiTokenExpiry.NEVER)));
        long id = created.result().token().id();
        created.is(EntityType.API_TOKEN, id, Audited.Action.CREATED).has("account", null, username)
                .has("name", null, "Granskad nyckel").has("scope", null, "READ").has("secret", null, Traceability.SECRET_CHANGED);

        String address = "192.0.2.78";
        logged(() -> useToken(created.result().secret(), address))
                .is(EntityType.API_TOKEN, id, Audited.Action.UPDATED).hasExactly("usedFrom", null, address);
        assertThat(auditLog.historyOf(EntityType.API_TOKEN.key(), id).get(0).actor()).as("who used it").isEqualTo(username);
        logged(() -> useToken(created.result().secret(), address)).entries();

        Logged<ApiToken> revoked = logged(() -> apiTokens.revoke(username, id));
        revoked.is(EntityType.API_TOKEN, id, Audited.Action.UPDATED)
                .hasExactly("revokedAt", null, revoked.result().revokedAt().toString());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE changes::text LIKE :secret")
                .param("secret", "%" + created.result().secret() + "%").query(Long.class).single()).as("entries holding the secret").isZero();
    }

    /** A recipient's reminder choices: made with a secret token, changed by them (signed in, or by the unsubscribe link). */
    private void reminderPreference() {
        long person = fixtures.official("Påmind");
        Logged<ReminderPreference> created = logged(() -> reminderPreferences.of(person));
        created.is(EntityType.REMINDER_PREFERENCE, person, Audited.Action.CREATED).has("language", null, "sv")
                .has("unsubscribeToken", null, Traceability.SECRET_CHANGED);
        logged(() -> reminderPreferences.update(person, "en", Set.of(ReminderKind.REVIEW), created.result().version()))
                .is(EntityType.REMINDER_PREFERENCE, person, Audited.Action.UPDATED)
                .has("language", "sv", "en").has("optedOut", null, "REVIEW");
        ReminderPreference stored = reminderPreferences.of(person);
        logged(() -> reminderPreferences.unsubscribe(stored, ReminderKind.DIGEST))
                .is(EntityType.REMINDER_PREFERENCE, person, Audited.Action.UPDATED).hasExactly("optedOut", "REVIEW", "REVIEW, DIGEST");
    }

    /** A failed reminder that an administrator tries again: pending, its attempts counted anew. */
    private void reminder() {
        long person = fixtures.official("Påminnelse misslyckad");
        jdbc.sql("UPDATE person SET email = :email WHERE id = :id").param("email", "granskad@example.org").param("id", person).update();
        outbox.claim(List.of(new Outbox.Claim(new DueReminder(ReminderKind.REVIEW, person, person, LocalDate.now(clock), "Granskad"), "[]")),
                clock.instant());
        long id = jdbc.sql("SELECT id FROM reminder_outbox WHERE person_id = :p").param("p", person).query(Long.class).single();
        jdbc.sql("UPDATE reminder_outbox SET status = 'FAILED', attempts = 6, last_error = 'refused' WHERE id = :id").param("id", id).update();
        logged(() -> outbox.retry(id, clock.instant())).is(EntityType.REMINDER, id, Audited.Action.UPDATED)
                .has("status", "FAILED", "PENDING").has("attempts", "6", "0");
    }

    private void useToken(String secret, String address) {
        try {
            mvc.perform(get("/api/v1/areas").header("Authorization", "Bearer " + secret).with(request -> {
                request.setRemoteAddr(address);
                return request;
            })).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void login(String username, String password, String address) {
        try {
            mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    }));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one service call wrote to the log, oldest first, with the call's result. */
    private <T> Logged<T> logged(Supplier<T> call) {
        long last = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
        T result = call.get();
        List<AuditEntry> entries = jdbc.sql("SELECT id, entity_type, entity_id FROM audit_entry WHERE id > :last ORDER BY id")
                .param("last", last)
                .query((rs, n) -> {
                    long entry = rs.getLong("id");
                    return auditLog.historyOf(rs.getString("entity_type"), rs.getLong("entity_id")).stream()
                            .filter(e -> e.id() == entry).findFirst().orElseThrow();
                })
                .list();
        return new Logged<>(result, entries);
    }

    private Logged<Void> logged(Runnable call) {
        return logged(() -> {
            call.run();
            return null;
        });
    }

    /** The top-level area tests write in, created with its sub-area if no test has done so yet. */
    private long testArea() {
        Register.testSubArea(catalog, areas);
        return Register.areaId(areas, Register.TEST_AREA);
    }

    /** A committee short name of its own: 2–10 capital letters. */
    private static String shortName() {
        StringBuilder name = new StringBuilder("GR");
        UUID.randomUUID().toString().replace("-", "").chars().limit(8).forEach(c -> name.append((char) ('A' + c % 26)));
        return name.toString();
    }

    private static String reference() {
        return "RUN/" + (10000 + (int) (Math.random() * 89999)) + "/2024";
    }

    record Logged<T>(T result, List<AuditEntry> entries) {

        /** The call wrote exactly these entries, as (type, id, action). */
        void entries(org.assertj.core.groups.Tuple... expected) {
            assertThat(entries).as("entries written by the call")
                    .extracting(AuditEntry::entityType, AuditEntry::entityId, AuditEntry::action).containsExactly(expected);
        }

        /** The call wrote exactly one entry: this one. */
        Entry is(EntityType type, long id, Audited.Action action) {
            entries(tuple(type.key(), id, action));
            return entry(0);
        }

        Entry entry(int index) {
            return new Entry(entries.get(index));
        }
    }

    record Entry(AuditEntry entry) {

        Entry has(String field, String before, String after) {
            assertThat(entry.changes()).as("changes of %s %d %s", entry.entityType(), entry.entityId(), entry.action())
                    .contains(new AuditEntry.Change(field, before, after));
            return this;
        }

        Entry hasExactly(String field, String before, String after) {
            assertThat(entry.changes()).as("changes of %s %d %s", entry.entityType(), entry.entityId(), entry.action())
                    .containsExactly(new AuditEntry.Change(field, before, after));
            return this;
        }

        Entry hasNoValues() {
            assertThat(entry.changes()).as("changes of %s %d %s", entry.entityType(), entry.entityId(), entry.action()).isEmpty();
            return this;
        }
    }

    private static boolean isTestClass(Class<?> type) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    static List<Class<?>> traced() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Traced.class));
        List<Class<?>> types = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("se.arenaregister")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), EveryAggregateIsAuditedTest.class.getClassLoader());
            // The application's aggregates, not samples that tests of the audit module declare for themselves.
            if (!isTestClass(type)) {
                types.add(type);
            }
        }
        assertThat(types).as("@Traced aggregates on the class path").isNotEmpty();
        return types;
    }
}
