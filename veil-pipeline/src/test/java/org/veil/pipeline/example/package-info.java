/** The Java API example that docs/java-api.md quotes, compiled and run by its test (public API only). */
package org.veil.pipeline.example;
