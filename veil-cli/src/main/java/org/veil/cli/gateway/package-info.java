/**
 * {@code veil gateway}: a DICOM node that receives instances (veil-net's {@code DicomServer}), keeps each durably in
 * a spool queue before answering, de-identifies it through the shared run, and forwards the result by C-STORE.
 * {@link org.veil.cli.gateway.Gateway} wires the parts; the command line is {@code org.veil.cli.GatewayCommand}.
 */
package org.veil.cli.gateway;
