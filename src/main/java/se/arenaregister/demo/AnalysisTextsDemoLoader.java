package se.arenaregister.demo;

import static se.arenaregister.demo.DemoLookup.nonNull;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.analysis.MemoTextForm;
import se.arenaregister.analysis.MemoTexts;
import se.arenaregister.catalog.Catalog;

/**
 * Loads {@code demo/analysis-texts.yml}, the memo's introduction and its analysis texts per area, after the demo
 * register. Runs once, when no text has been written yet and there are areas, in one transaction through the same
 * service as the edit pages; an unknown area stops the load with its name, and nothing is stored.
 */
@Component
@Order(35)
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class AnalysisTextsDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AnalysisTextsDemoLoader.class);
    static final String RESOURCE = "demo/analysis-texts.yml";

    /** The shape of the file: areas written "Område" or "Område › Sakområde". */
    record DemoTexts(String introduction, List<AreaText> areas) {
    }

    record AreaText(String area, String text) {
    }

    private final MemoTexts texts;
    private final Catalog catalog;
    private final DemoLookup lookup;
    private final TransactionTemplate transaction;

    AnalysisTextsDemoLoader(MemoTexts texts, Catalog catalog, DemoLookup lookup, TransactionTemplate transaction) {
        this.texts = texts;
        this.catalog = catalog;
        this.lookup = lookup;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!texts.isEmpty() || catalog.areas().isEmpty()) {
            return;
        }
        DemoTexts demo = read();
        transaction.executeWithoutResult(status -> {
            if (demo.introduction() != null) {
                texts.saveIntroduction(new MemoTextForm(demo.introduction(), null));
            }
            for (AreaText entry : nonNull(demo.areas())) {
                texts.saveArea(areaId(entry.area()), new MemoTextForm(entry.text(), null));
            }
        });
        log.info("Loaded demo memo texts: introduction and {} area texts", demo.areas() == null ? 0 : demo.areas().size());
    }

    static DemoTexts read() {
        return DemoFiles.read(RESOURCE, DemoTexts.class);
    }

    private long areaId(String path) {
        if (path == null) {
            throw new IllegalStateException("A text in " + RESOURCE + " names no area");
        }
        return lookup.areaId(path, "Demo text in " + RESOURCE);
    }
}
