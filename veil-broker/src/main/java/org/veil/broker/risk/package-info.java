/**
 * Re-identification risk of a de-identified delivery, for an IRB: the quasi-identifiers that the delivery still
 * carries (age, sex, study year, ZIP3, institution, device, modality, body part, series descriptions, study counts),
 * grouped per patient and per study into equivalence classes, with k-anonymity, l-diversity of a chosen sensitive
 * attribute, the patients that break a target k, and generalisations that would reach it.
 *
 * <p>Reads only de-identified data (pseudonyms); must never read or print an original value, and never change the
 * delivery it measures.
 */
package org.veil.broker.risk;
