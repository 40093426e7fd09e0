package org.veil.codegen;

/**
 * One generated source.
 *
 * @param path    the path relative to the repository root, with forward slashes
 * @param content the text ({@code \n} line ends, ASCII)
 */
record GeneratedFile(String path, String content) {
    static final String DICOM_ROOT = "veil-dicom/src/generated/java/";
    static final String PROFILE_ROOT = "veil-profile/src/generated/java/";

    /** A file of a generated source root, named by its class. */
    static GeneratedFile of(String sourceRoot, String packageName, String className, JavaSource source) {
        return new GeneratedFile(sourceRoot + packageName.replace('.', '/') + "/" + className + ".java",
                source.toString());
    }
}
