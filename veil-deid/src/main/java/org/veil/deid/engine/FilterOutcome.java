package org.veil.deid.engine;

/**
 * The decision of the filters for an instance.
 *
 * @param decision process, skip or reject
 * @param reason   why (empty when no filter matched)
 * @param source   the filter that decided ({@code default} when none matched)
 */
public record FilterOutcome(FilterDecision decision, String reason, String source) {
    static final FilterOutcome PROCESS = new FilterOutcome(FilterDecision.PROCESS, "", "default");
}
