package lbw.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkTest {

    /** Records what a listener is told, as "event:label:done" strings. */
    static final class Recorder implements Work.Listener {
        final List<String> events = new ArrayList<>();

        @Override
        public void started(Work work) {
            events.add("started:" + work.label() + ":" + work.done());
        }

        @Override
        public void progressed(Work work) {
            events.add("progressed:" + work.label() + ":" + work.done());
        }

        @Override
        public void finished(Work work, boolean cancelled) {
            events.add((cancelled ? "cancelled:" : "finished:") + work.label() + ":" + work.done());
        }
    }

    @AfterEach
    void reset() {
        Work.setListener(null);
        Work.cancelAll(null);
        Thread.interrupted();
    }

    @Test
    void listenerSeesStartAndEndWithTheWorkDone() {
        Recorder r = new Recorder();
        Work.setListener(r);
        try (Work w = Work.start("sweeps", 10, "sweeps")) {
            for (int i = 0; i < 10; i++) {
                w.advance(1);
            }
            assertEquals(1.0, w.fraction(), 0.0);
        }
        assertEquals("started:sweeps:0", r.events.get(0));
        assertEquals("finished:sweeps:10", r.events.get(r.events.size() - 1));
    }

    @Test
    void updatesAreThrottled() throws InterruptedException {
        Recorder r = new Recorder();
        Work.setListener(r);
        try (Work w = Work.start("loop", 0)) {
            for (int i = 0; i < 100_000; i++) {
                w.advance(1);
            }
            assertEquals(0, r.events.stream().filter(e -> e.startsWith("progressed")).count(),
                    "100000 quick steps within one update interval give no update");
            Thread.sleep(Work.UPDATE_INTERVAL.toMillis() + 20);
            w.advance(1);
            assertEquals(List.of("started:loop:0", "progressed:loop:100001"), r.events);
        }
    }

    @Test
    void interruptStopsTheWorkAtItsNextCancellationPointAndSaysWhere() {
        Recorder r = new Recorder();
        Work.setListener(r);
        Work.Cancelled e = assertThrows(Work.Cancelled.class, () -> {
            try (Work w = Work.start("value iteration", 1000, "sweeps")) {
                w.advance(3);
                Thread.currentThread().interrupt();
                w.advance(1);
            }
        });
        assertEquals("interrupted: value iteration stopped after 4 of 1000", e.getMessage());
        assertEquals("cancelled:value iteration:4", r.events.get(r.events.size() - 1));
    }

    @Test
    void cancelAllStopsWorkOnEveryThreadWithItsReason() {
        Work.cancelAll("terminated (SIGTERM)");
        Work.Cancelled e = assertThrows(Work.Cancelled.class, () -> Work.start("simulation", 5));
        assertEquals("terminated (SIGTERM): simulation stopped after 0 of 5", e.getMessage());
        assertThrows(Work.Cancelled.class, Work::checkCancelled);
        Work.cancelAll(null);
        Work.checkCancelled();
    }

    @Test
    void workStartedDuringReportedWorkIsSilentButStillCancellable() {
        Recorder r = new Recorder();
        Work.setListener(r);
        try (Work outer = Work.start("sweep", 2, "points")) {
            for (int i = 0; i < 2; i++) {
                try (Work inner = Work.start("simulation", 3)) {
                    inner.advance(3);
                }
                outer.advance(1);
            }
        }
        assertEquals(List.of("started:sweep:0", "finished:sweep:2"), r.events);
        try (Work inner = Work.start("simulation", 3)) {
            Thread.currentThread().interrupt();
            assertThrows(Work.Cancelled.class, () -> inner.advance(1));
        }
    }

    @Test
    void summaryDefaultsToTheWorkDoneAndCanBeSet() {
        try (Work w = Work.start("integration", 0, "steps")) {
            w.advanceTo(42);
            assertTrue(w.summary().startsWith("integration: 42 steps in "), w.summary());
            assertTrue(Double.isNaN(w.fraction()));
            w.summary("integrated to t = 10 in 42 steps");
            assertEquals("integrated to t = 10 in 42 steps", w.summary());
        }
    }

    @Test
    void refusesABlankLabelAndANegativeTotal() {
        assertEquals("label", assertThrows(InvalidParameterException.class, () -> Work.start(" ", 1)).parameter());
        assertEquals("total", assertThrows(InvalidParameterException.class, () -> Work.start("x", -1)).parameter());
    }

    @Test
    void terminalLineIsRewrittenInPlaceAndEndsWithTheSummary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Work.setListener(new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Duration.ZERO));
        try (Work w = Work.start("simulation", 4, "batches")) {
            w.advance(2);
            w.summary("simulated 4 batches");
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\r[........................] simulation: 0 of 4 batches (0%), "), text);
        String last = text.substring(text.lastIndexOf('\r') + 1);
        assertEquals("simulated 4 batches", last.strip(), "the summary replaces the bar on the same line");
        assertTrue(text.contains("\rsimulated 4 batches"), text);
        assertTrue(text.endsWith("\n"), text);
        assertEquals(1, text.chars().filter(c -> c == '\n').count(), "one line in the end");
    }

    @Test
    void terminalShowsNothingForShortWork() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Work.setListener(new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        try (Work w = Work.start("quick", 2)) {
            w.advance(2);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        assertFalse(Work.cancellationRequested());
    }
}
