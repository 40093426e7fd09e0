package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in lexicon is built once per process and shared; custom lists get their own. */
class LexiconSharingTest {

    @Test
    void of_builtinListsTwice_sameLexicon() {
        TextScrubber.preload();
        assertSame(Lexicon.of(NameLists.builtin(), ClinicalTerms.builtin()),
                Lexicon.of(NameLists.builtin(), ClinicalTerms.builtin()));
    }

    @Test
    void of_customLists_ownLexicon() {
        NameLists custom = NameLists.of(List.of("Ada"), List.of("Lovelace"));
        assertNotSame(Lexicon.of(NameLists.builtin(), ClinicalTerms.builtin()),
                Lexicon.of(custom, ClinicalTerms.builtin()));
    }
}
