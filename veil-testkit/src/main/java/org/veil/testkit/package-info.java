/**
 * Test support shared by all modules: the corpus and its manifest, the shared standard folder, golden files, and
 * reference tools for cross-checks. Must never depend on Veil's own modules, so that every module can use it in tests.
 */
package org.veil.testkit;
