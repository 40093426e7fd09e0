/**
 * {@code veil deid --k N}: after a folder run, coarsens the delivery's quasi-identifiers with the generalisation the
 * broker's ladder proposes and moves the patients that still break k to the quarantine.
 */
package org.veil.pipeline.risk;
