/**
 * Specific Character Set (0008,0005): decoding text values to Java strings and encoding them back, PS3.5 Section
 * 6.1 and PS3.3 Section C.12.1.1.2.
 *
 * <p>{@link org.veil.dicom.charset.SpecificCharacterSet} is the entry point. It supports the single-byte sets
 * (ISO_IR 6, 100, 101, 109, 110, 144, 127, 126, 138, 148, 203, 166, 13), the variable length codes (ISO_IR 192,
 * GB18030, GBK) and ISO 2022 code extension (ISO 2022 IR 6, 100, 101, 109, 110, 144, 127, 126, 138, 148, 203, 166,
 * 13, 87, 159, 149, 58) with its per-value, per-line and per-PN-component resets. The JDK charsets supply the
 * character tables only; the ISO 2022 state machine is this package's own.
 *
 * <p>This package does:
 * <ul>
 * <li>read any byte content without throwing, and any spelling of (0008,0005) without throwing (repairs are
 * warnings);</li>
 * <li>decode plain ASCII and ISO 8859-1 values into a String without other allocation.</li>
 * </ul>
 * It must never:
 * <ul>
 * <li>drop or alter a character silently while encoding (unencodable characters throw, or become "?" when the
 * caller asks for {@link org.veil.dicom.charset.UnmappablePolicy#REPLACE});</li>
 * <li>put a text value (it may be PHI) into a log line or an exception message; only single characters and the
 * (0008,0005) value itself are named;</li>
 * <li>split values or strip padding: that is the reader's job, on the decoded string.</li>
 * </ul>
 */
package org.veil.dicom.charset;
