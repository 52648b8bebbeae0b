package lbw.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lbw.core.Workbench;
import lbw.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The model descriptors found through ServiceLoader. */
class ModelsTest {

    @Test
    void everyModelIsFoundByName() {
        assertEquals(List.of("bipartite", "mmc", "offloading", "offloading-figure5", "setup-delays"),
                Models.all().stream().map(ModelDescriptor::name).toList());
        for (ModelDescriptor<?> d : Models.all()) {
            assertTrue(Models.find(d.name()).isPresent());
            assertFalse(d.description().isBlank(), d.name());
            assertFalse(d.description().contains("\n"), d.name() + ": one line");
        }
        assertTrue(Models.find("nope").isEmpty());
    }

    @Test
    void everyDataFileNamesAKnownModel() throws IOException {
        try (Stream<Path> files = Files.list(Workbench.dataFolder())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String model = Scenario.load(f).model();
                assertTrue(Models.find(model).isPresent(), f + " names " + model);
            }
        }
    }

    @Test
    void theMmcPipelineReportsTheErlangCNumbers() {
        Report r = Models.find("mmc").orElseThrow()
                .run(Scenario.parse("q.json", "{\"model\": \"mmc\", \"arrivalRate\": 1, \"serviceRate\": 1, \"servers\": 2}"));
        // M/M/2 at a = 1: P(wait) = 1/3, mean wait = P(wait) / (c mu - lambda) = 1/3.
        assertEquals(1.0 / 3, r.number("waitProbability").getAsDouble(), 1e-12);
        assertEquals(1.0 / 3, r.number("meanWait").getAsDouble(), 1e-12);
        assertEquals(List.of("mmc-sweep"), List.copyOf(r.tables().keySet()));
        assertEquals(List.of("mmc-response"), List.copyOf(r.charts().keySet()));
    }
}
