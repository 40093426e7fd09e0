package org.veil.net;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.dict.UidEntry;
import org.veil.dicom.dict.UidRegistry;
import org.veil.net.pdu.AssociateReject;
import org.veil.net.pdu.AssociateRequest;
import org.veil.net.pdu.PresentationContext;
import org.veil.net.pdu.PresentationResult;
import org.veil.net.pdu.RoleSelection;

/**
 * Which associations an acceptor takes: the called AE titles it answers to, the calling AE titles allowed (empty:
 * any), the abstract syntaxes it serves and the transfer syntaxes it accepts. For each proposed context the first
 * transfer syntax in the requestor's order that is accepted wins.
 */
public record AcceptPolicy(Set<String> calledAes, Set<String> callingAes, Set<String> abstractSyntaxes,
                           Set<String> transferSyntaxes, boolean permissive) {
    /** The Verification SOP Class (C-ECHO). */
    public static final String VERIFICATION = "1.2.840.10008.1.1";

    public AcceptPolicy(Set<String> calledAes, Set<String> callingAes, Set<String> abstractSyntaxes,
                        Set<String> transferSyntaxes) {
        this(calledAes, callingAes, abstractSyntaxes, transferSyntaxes, false);
    }

    public AcceptPolicy {
        calledAes = Set.copyOf(calledAes);
        callingAes = Set.copyOf(callingAes);
        abstractSyntaxes = Set.copyOf(abstractSyntaxes);
        transferSyntaxes = Set.copyOf(transferSyntaxes);
    }

    /**
     * A storage acceptor: Verification and every storage SOP class of the UID registry (retired ones too, which
     * old modalities still send) and private SOP classes (UIDs outside the registry), every transfer syntax the codec
     * knows, called as {@code aeTitle}, from the listed callers (empty: anyone).
     */
    public static AcceptPolicy storage(String aeTitle, Set<String> callingAes) {
        Set<String> syntaxes = new LinkedHashSet<>();
        syntaxes.add(VERIFICATION);
        for (UidEntry e : UidRegistry.all()) {
            if (e.name().contains("Storage") && !e.uid().equals("1.2.840.10008.1.3.10")
                    && !e.name().contains("Commitment")) {
                syntaxes.add(e.uid());
            }
        }
        Set<String> ts = new LinkedHashSet<>();
        TransferSyntax.known().forEach(t -> ts.add(t.uid()));
        return new AcceptPolicy(Set.of(aeTitle), callingAes, syntaxes, ts, true);
    }

    /** Whether this acceptor serves an abstract syntax: listed, or private (unregistered) when those are taken. */
    public boolean serves(String abstractSyntax) {
        return abstractSyntaxes.contains(abstractSyntax)
                || (permissive && !UidRegistry.isRegistered(abstractSyntax));
    }

    /**
     * Whether a transfer syntax is taken: listed, or, when permissive, any encapsulated syntax of the
     * 1.2.840.10008.1.2.4 family (every one shares the encapsulated encoding, so the header can still be read;
     * the pixel stage decides later what it can clean).
     */
    public boolean accepts(String transferSyntax) {
        return transferSyntaxes.contains(transferSyntax)
                || (permissive && transferSyntax.startsWith("1.2.840.10008.1.2.4."));
    }

    /** Null when the association may proceed; otherwise the rejection to send. */
    public AssociateReject check(AssociateRequest rq) {
        if (!AssociateRequest.DICOM_APPLICATION_CONTEXT.equals(rq.applicationContext())) {
            return new AssociateReject(AssociateReject.PERMANENT, AssociateReject.SERVICE_USER,
                    AssociateReject.APPLICATION_CONTEXT_NOT_SUPPORTED);
        }
        if (!calledAes.contains(rq.calledAe())) {
            return new AssociateReject(AssociateReject.PERMANENT, AssociateReject.SERVICE_USER,
                    AssociateReject.CALLED_AE_NOT_RECOGNIZED);
        }
        if (!callingAes.isEmpty() && !callingAes.contains(rq.callingAe())) {
            return new AssociateReject(AssociateReject.PERMANENT, AssociateReject.SERVICE_USER,
                    AssociateReject.CALLING_AE_NOT_RECOGNIZED);
        }
        return null;
    }

    /** The answer to every proposed context. */
    public List<PresentationResult> negotiate(List<PresentationContext> proposed) {
        List<PresentationResult> out = new ArrayList<>();
        for (PresentationContext pc : proposed) {
            if (!serves(pc.abstractSyntax())) {
                out.add(new PresentationResult(pc.id(), PresentationResult.ABSTRACT_SYNTAX_NOT_SUPPORTED, ""));
                continue;
            }
            String chosen = pc.transferSyntaxes().stream().filter(this::accepts).findFirst().orElse(null);
            out.add(chosen == null
                    ? new PresentationResult(pc.id(), PresentationResult.TRANSFER_SYNTAXES_NOT_SUPPORTED, "")
                    : new PresentationResult(pc.id(), PresentationResult.ACCEPTANCE, chosen));
        }
        return out;
    }

    /** Role selections answered: the requestor may be SCU of what this acceptor serves; this end is never its SCU. */
    public List<RoleSelection> roles(List<RoleSelection> proposed) {
        List<RoleSelection> out = new ArrayList<>();
        for (RoleSelection r : proposed) {
            out.add(new RoleSelection(r.sopClass(), r.scu() && serves(r.sopClass()), false));
        }
        return out;
    }
}
