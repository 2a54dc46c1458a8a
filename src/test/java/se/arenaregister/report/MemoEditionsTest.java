package se.arenaregister.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.governance.Governance;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/**
 * An edition's life, through the services: made as a copy of the previous one, written (figures inserted, a flag
 * resolved, a bad figure refused), sent (frozen: documents and figures stay as sent while the register changes, every
 * change refused, in SQL too), decided on (adopted proposals become assignments), and followed by a new edition.
 */
@IntegrationTest
class MemoEditionsTest {

    @Autowired
    MemoEditions editions;
    @Autowired
    MemoSections sections;
    @Autowired
    MemoProposals proposals;
    @Autowired
    EditionSending sending;
    @Autowired
    ArenaService arenas;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    FollowUpQueries followUp;
    @Autowired
    Governance governance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditionIsWrittenSentFrozenDecidedOnAndFollowedByTheNext() {
        MemoEdition demo2023 = editions.editions().stream().filter(e -> e.year() == 2023).findFirst().orElseThrow();
        long id = editions.create(form(2097));
        MemoEdition edition = editions.edition(id);
        assertThat(edition.previousId()).as("copies the newest earlier edition").isEqualTo(demo2023.id());
        assertThat(sections.sections(id)).extracting(MemoSection::heading)
                .containsExactlyElementsOf(sections.sections(demo2023.id()).stream().map(MemoSection::heading).toList());
        assertThat(sections.sections(id)).extracting(MemoSection::body)
                .containsExactlyElementsOf(sections.sections(demo2023.id()).stream().map(MemoSection::body).toList());
        assertThat(sections.outline(id).stream().flatMap(e -> e.flags().stream()).filter(MemoSections.Flag::resolved))
                .as("the resolved flags come along").hasSize(4);

        long subArea = Register.testSubArea(catalog, areas);
        arenas.create(ArenaForm.builder().name(PeopleFixtures.unique("Utgåvans arena")).areaId(Register.areaId(areas, Register.TEST_AREA))
                .subAreaId(subArea).types(Set.of(ArenaType.INFLUENCE)).levels(Set.of(Level.POLITICAL)).purpose("Prov").build());
        int total = editions.figures().get(subArea).total();
        int political = editions.figures().get(subArea).byLevel().get("POLITICAL");
        long section = sections.addSection(id, SectionForm.text("Testsakområdet", subArea, null,
                "Regionen är med i {{TOTAL}} forum varav {{LEVEL:POLITICAL}} är på politisk nivå. Det finns 97 forum."));
        assertThat(editions.preview(sections.section(section).body(), subArea))
                .startsWith("Regionen är med i " + phrase(total) + " forum varav " + (political == total ? "samtliga" : phrase(political)));
        assertThat(sections.flags(section)).singleElement()
                .satisfies(f -> assertThat(f.phrase()).isEqualTo("97 forum"))
                .satisfies(f -> assertThat(f.actual()).isEqualTo(total))
                .satisfies(f -> assertThat(f.resolved()).isFalse());
        sections.resolveFlag(section, new FlagForm("97 forum", 97, "Räknar också nätverk utanför registret"));
        assertThat(sections.flags(section)).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("Räknar också nätverk utanför registret"));

        assertThatThrownBy(() -> sections.updateSection(section, new SectionForm("Testsakområdet", "", subArea, null, SectionKind.TEXT,
                "Med en {{NOPE}} siffra och {{TOTAL", sections.section(section).version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                        .extracting(r -> r.field() + ":" + r.code()).contains("body:memo.figure.unknown", "body:memo.figure.malformed"));

        long meeting = followUp.meetings().stream().filter(m -> m.meetsOn().equals(LocalDate.of(2027, 6, 16))).findFirst().orElseThrow().id();
        long proposal = proposals.addProposal(id, new ProposalForm("Arenan behöver ett tydligare syfte.", "regiondirektören",
                "ta fram en beskrivning av arenans syfte", meeting, null));
        String text = proposals.proposalText(proposals.proposal(proposal));
        assertThat(text).isEqualTo("Arenan behöver ett tydligare syfte. Därför föreslås att"
                + " regiondirektören får i uppdrag att ta fram en beskrivning av arenans syfte. Uppdraget föreslås återrapporteras vid"
                + " nämndens sammanträde i juni.");

        sending.send(id, editions.edition(id).version());
        assertThat(editions.edition(id).isSent()).isTrue();
        byte[] pdf = sending.document(id, "pdf");
        var stated = sending.content(id);
        arenas.create(ArenaForm.builder().name(PeopleFixtures.unique("Efter utskicket")).areaId(Register.areaId(areas, Register.TEST_AREA))
                .subAreaId(subArea).types(Set.of(ArenaType.INFLUENCE)).levels(Set.of(Level.POLITICAL)).purpose("Prov").build());
        assertThat(editions.figures().get(subArea).total()).isEqualTo(total + 1);
        assertThat(sending.document(id, "pdf")).as("the PDF as sent").isEqualTo(pdf);
        assertThat(sending.content(id).figures()).as("the figures as stated").isEqualTo(stated.figures());
        assertThat(sending.content(id).outline()).filteredOn(s -> s.id() == section).singleElement()
                .satisfies(s -> assertThat(s.rendered()).startsWith("Regionen är med i " + phrase(total) + " forum"));

        assertThatThrownBy(() -> sections.updateSection(section, SectionForm.text("Ändrad", subArea, null, "Ny text")))
                .isInstanceOf(EditionFrozenException.class);
        assertThatThrownBy(() -> proposals.addProposal(id, new ProposalForm("", "regiondirektören", "något", null, null)))
                .isInstanceOf(EditionFrozenException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE memo_section SET body = 'runt tjänsten' WHERE id = :id").param("id", section).update())
                .as("the database refuses it too").hasMessageContaining("has been sent");

        long decision = sending.recordDecision(id, new EditionDecisionForm("RUN/97/2027", LocalDate.of(2027, 1, 20), "§ 12", List.of(proposal)));
        assertThat(governance.findDecision(decision)).get().satisfies(d -> assertThat(d.reference()).isEqualTo("RUN/97/2027"));
        assertThat(proposals.proposal(proposal).assignmentId()).isNotNull();
        assertThat(followUp.assignments(LocalDate.now(), true)).filteredOn(a -> a.id() == proposals.proposal(proposal).assignmentId())
                .singleElement()
                .satisfies(a -> assertThat(a.decisionId()).isEqualTo(decision))
                .satisfies(a -> assertThat(a.description()).isEqualTo("ta fram en beskrivning av arenans syfte."));
        assertThatThrownBy(() -> sending.recordDecision(id, new EditionDecisionForm("RUN/98/2097", LocalDate.of(2097, 3, 1), "", List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                        .extracting(r -> r.code()).contains("memo.decision.already"));

        long next = editions.create(form(2098));
        assertThat(editions.edition(next).previousId()).isEqualTo(id);
        assertThat(sections.sections(next)).filteredOn(s -> "Testsakområdet".equals(s.heading())).singleElement()
                .satisfies(s -> assertThat(s.body()).contains("{{TOTAL}}"));
        assertThat(proposals.proposals(next)).as("proposals are the year's own").isEmpty();
    }

    /** The 2023 draft beside the sent 2022 edition: the same register, so the same figures; a new sub-area is new. */
    @Test
    void aDraftIsComparedWithTheFiguresThePreviousEditionStated() {
        MemoEdition draft = editions.editions().stream().filter(e -> e.year() == 2023).findFirst().orElseThrow();
        var comparison = editions.comparison(draft.id()).orElseThrow();
        assertThat(comparison.previous().year()).isEqualTo(2022);
        assertThat(comparison.rows()).filteredOn(r -> r.name().equals("Infrastruktur")).singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(14))
                .satisfies(r -> assertThat(r.previousTotal()).isEqualTo(14))
                .satisfies(r -> assertThat(r.previousPolitical()).isEqualTo(8));
        long subArea = Register.testSubArea(catalog, areas);
        assertThat(editions.comparison(draft.id()).orElseThrow().rows()).filteredOn(r -> r.areaId() == subArea).singleElement()
                .satisfies(r -> assertThat(r.previousTotal()).as("not in the 2022 edition").isNull());
        assertThat(editions.data(draft.id()).comparison()).contains("Infrastruktur: 14 forum (2022: 14), varav 8 på politisk nivå (8)"
                + " och " + editions.figures().values().stream().filter(f -> f.name().equals("Infrastruktur")).findFirst().orElseThrow()
                .ledByHome() + " som regionen leder (" + comparison.rows().stream().filter(r -> r.name().equals("Infrastruktur"))
                .findFirst().orElseThrow().previousLed() + ").");
        assertThat(editions.comparison(editions.editions().stream().filter(e -> e.year() == 2022).findFirst().orElseThrow().id()))
                .as("the first edition has nothing to be compared with").isEmpty();
    }

    /** A gap in the coverage as a figure: culture at EU level has no forum in the demo register ("inga"). */
    @Test
    void aTopicAtAScopeIsAFigureAndAGapReadsInga() {
        long culture = jdbc.sql("SELECT id FROM topic WHERE name = 'Kultur'").query(Long.class).single();
        long draft = editions.editions().stream().filter(e -> e.year() == 2023).findFirst().orElseThrow().id();
        long section = sections.addSection(draft, SectionForm.text("Kulturens påverkansarenor", null, null,
                "Det finns {{TOPIC:EU#" + culture + "}} kulturella påverkansarenor på europeisk nivå men {{TOPIC:NATIONAL#" + culture
                        + "}} på nationell nivå."));
        assertThat(editions.preview(sections.section(section).body(), null))
                .isEqualTo("Det finns inga kulturella påverkansarenor på europeisk nivå men fem på nationell nivå.");
        assertThatThrownBy(() -> sections.addSection(draft, SectionForm.text("Fel", null, null, "{{TOPIC:EU}} och {{TOPIC:MARS#1}}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections()).extracting(r -> r.code())
                        .containsExactly("memo.figure.unknown", "memo.figure.unknown"));
        sections.deleteSection(section, sections.section(section).version());
    }

    @Test
    void aYearHasOneEditionAndAFirstEditionStartsFromTheMemosOutline() {
        assertThatThrownBy(() -> editions.create(form(2022)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                        .extracting(r -> r.field() + ":" + r.code()).containsExactly("year:memo.edition.yearTaken"));
        assertThat(editions.newEditionForm().year()).as("the year after the newest edition, or this year").isGreaterThanOrEqualTo(2024);
    }

    private static EditionForm form(int year) {
        return new EditionForm(year, "PM Samverkans- och påverkansarenor regionala utvecklingsnämnden", "", LocalDate.of(year, 1, 20),
                "Samordningskansliet", "Exempel Person", "Utvecklingsstrateg", "", "", List.of(), null);
    }

    private static String phrase(int n) {
        return se.arenaregister.report.internal.SwedishNumbers.count(n);
    }
}
