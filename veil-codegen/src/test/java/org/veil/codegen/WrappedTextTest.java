package org.veil.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedTextTest {
    private static final int WIDTH = 14;

    @Test
    void join_wordsWrappedAtBlanks_joinsWithBlank() {
        assertEquals("Explicit VR Little Endian", WrappedText.join(List.of("Explicit VR", "Little Endian"), WIDTH));
    }

    @Test
    void join_longWordCutToColumnWidth_joinsWithoutBlank() {
        assertEquals("JPEG Lossless, Non-Hierarchical (Process 14)",
                WrappedText.join(List.of("JPEG Lossless,", "No", "n-Hierarchical", "(Process 14)"), WIDTH));
        assertEquals("Synchronization Frame of Reference",
                WrappedText.join(List.of("S", "ynchronization", "Frame of", "Reference"), WIDTH));
    }

    @Test
    void join_fullWidthWordStartingUpperCaseAfterLowerCase_isANewWord() {
        assertEquals("Substance Administration Logging SOP Class",
                WrappedText.join(List.of("Substance", "Administration", "Logging SOP", "Class"), WIDTH));
    }

    @Test
    void join_singleCharacterLineBeforeCutWord_keepsBlankBeforeIt() {
        assertEquals("JPEG 2000 Part 2 Multi-component Image",
                WrappedText.join(List.of("JPEG 2000 Part", "2", "M", "ulti-component", "Image"), WIDTH));
    }

    @Test
    void join_ldapNameWithZeroWidthSpaces_isOneWordWithoutThem() {
        assertEquals("dicomAuthorizedNodeCertificateReference", WrappedText.join(
                List.of("d", "icom\u200BAuthorize", "d\u200BNode\u200BCertifi", "cate\u200BReference"), WIDTH));
    }

    @Test
    void join_emptyLines_areIgnored() {
        assertEquals("Time", WrappedText.join(List.of("", "Time", ""), WIDTH));
        assertEquals("", WrappedText.join(List.of("", ""), WIDTH));
    }

    @Test
    void concat_uidWithZeroWidthSpaces_removesThem() {
        assertEquals("1.2.840.10008.1.2.1", WrappedText.concat(List.of("1.2.840", ".10008.1.\u200B2.\u200B1")));
    }
}
