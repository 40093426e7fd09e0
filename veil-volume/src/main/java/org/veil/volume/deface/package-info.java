/**
 * Defacing of head MR and CT volumes (PS3.15 Clean Recognizable Visual Features): the volume is resampled onto an
 * axis-aligned working grid, the head is separated from the air, the brain is estimated from the anatomy (the tissue
 * of brain intensity around the deepest point of the head, cut loose from the scalp by erosion), and a plane is put
 * anterior-inferior to it with a margin, in the spirit of quickshear; everything in front of and below the plane
 * becomes air. The brain is never on the removed side. Also surface renders for the human in the loop. Works on
 * values only; never logs values or identifiers.
 */
package org.veil.volume.deface;
