package org.veil.pipeline.folder;

/**
 * The first line of a journal: what a resumed run must match so its outputs agree with those already written.
 *
 * @param version        journal format version
 * @param keyFingerprint the project key's fingerprint (never the key)
 * @param keyOrigin      random or supplied
 * @param inputFolder    keyed id of the input folder's real path
 * @param settings       digest of the settings that shape outputs (options, naming, pixel stage, write options)
 */
record JournalHeader(int version, String keyFingerprint, KeyOrigin keyOrigin, String inputFolder, String settings) {
    static final int VERSION = 1;
    private static final String MAGIC = "#veil-journal";

    String line() {
        return MAGIC + '\t' + version + '\t' + keyFingerprint + '\t' + keyOrigin.name() + '\t' + inputFolder + '\t'
                + settings + '\n';
    }

    /** Parses a header line; null when the line is not one. */
    static JournalHeader parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6 || !f[0].equals(MAGIC)) {
            return null;
        }
        try {
            return new JournalHeader(Integer.parseInt(f[1]), f[2], KeyOrigin.valueOf(f[3]), f[4], f[5]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Why a run with header {@code now} may not continue the run that wrote this header, or null when it may.
     */
    String conflictWith(JournalHeader now) {
        if (version != now.version) {
            return "it was written by a Veil with journal format " + version + " (this one: " + now.version + ")";
        }
        if (!keyFingerprint.equals(now.keyFingerprint)) {
            if (keyOrigin == KeyOrigin.SUPPLIED && now.keyOrigin == KeyOrigin.RANDOM) {
                return "it was made with the supplied key " + keyFingerprint + ", but this run has none and uses a "
                        + "random key; give the same key (--keystore) to resume it";
            }
            if (keyOrigin == KeyOrigin.RANDOM) {
                return "it was made with a random key (fingerprint " + keyFingerprint + ") that no longer exists; "
                        + "this run's key is " + now.keyFingerprint + ". Outputs of two keys must not be mixed";
            }
            return "it was made with key " + keyFingerprint + ", this run uses " + now.keyFingerprint;
        }
        if (!inputFolder.equals(now.inputFolder)) {
            return "it was made from a different input folder";
        }
        if (!settings.equals(now.settings)) {
            return "it was made with different settings (options, recipe, naming or pixel stage)";
        }
        return null;
    }
}
