/**
 * The veil command line: one thin picocli class per subcommand over the library modules. Must never hold
 * de-identification logic of its own, print PHI or key material, or take secrets as arguments.
 */
package org.veil.cli;
