package org.veil.pipeline.pixel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veil.text.TextScrubber;

class ScrubberSourceTest {
    @Test
    void builtin_notBuiltUntilAskedFor_thenOneScrubber() {
        ScrubberSource s = ScrubberSource.builtin();
        assertFalse(s.isBuilt());
        assertSame(s.get(), s.get());
        assertTrue(s.isBuilt());
    }

    @Test
    void prepare_buildsInTheBackground_getWaitsForTheSameOne() {
        ScrubberSource s = ScrubberSource.builtin();
        s.prepare();
        s.prepare();
        assertSame(s.get(), s.get());
        assertTrue(s.isBuilt());
    }

    /** Start-up: a run's text detection settings are made without building the free-text cleaner. */
    @Test
    void textDetection_createdWithoutBuildingTheScrubber() {
        assertFalse(TextDetection.detect(Optional.empty()).scrubber().isBuilt());
        assertFalse(TextDetection.rulesOnly().scrubber().isBuilt());
    }

    /** Regression: a background build that failed (e.g. out of heap) poisoned every later check of the run. */
    @Test
    void get_afterAFailedBuild_triesAgain() {
        TextScrubber ready = TextScrubber.builder().build();
        int[] builds = {0};
        ScrubberSource s = new ScrubberSource(() -> {
            if (builds[0]++ == 0) {
                throw new OutOfMemoryError("Java heap space");
            }
            return ready;
        });
        s.prepare();
        assertSame(ready, s.get());
        assertSame(ready, s.get());
        assertEquals(2, builds[0]);
        assertTrue(s.isBuilt());
    }
}
