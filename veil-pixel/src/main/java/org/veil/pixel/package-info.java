/**
 * Pixel data of DICOM images: the exceptions shared by the frame model ({@code org.veil.pixel.frame}) and the codecs
 * ({@code org.veil.pixel.codec} and below). Must never log pixel values or anything read from the data set.
 */
package org.veil.pixel;
