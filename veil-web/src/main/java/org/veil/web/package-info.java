/**
 * Web review of a delivery (issue 21): a local HTTP(S) server that lets signed-in reviewers look at what was cleaned,
 * add, move or delete boxes and re-run the pixel step (from the original for moves and deletions), mark text misses and
 * re-run text cleaning, approve or hold studies and release the approved ones, with every
 * decision in the hash-chained audit log of veil-broker. Entry point {@link org.veil.web.WebMain}.
 */
package org.veil.web;
