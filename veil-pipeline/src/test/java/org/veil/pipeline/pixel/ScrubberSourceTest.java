package org.veil.pipeline.pixel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
