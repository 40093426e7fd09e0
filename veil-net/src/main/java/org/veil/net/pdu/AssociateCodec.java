package org.veil.net.pdu;

import java.util.ArrayList;
import java.util.List;

/** A-ASSOCIATE-RQ and -AC bodies (PS3.8 9.3.2 and 9.3.3) to and from bytes. */
public final class AssociateCodec {
    static final int APPLICATION_CONTEXT = 0x10;
    static final int PRESENTATION_CONTEXT_RQ = 0x20;
    static final int PRESENTATION_CONTEXT_AC = 0x21;
    static final int ABSTRACT_SYNTAX = 0x30;
    static final int TRANSFER_SYNTAX = 0x40;
    static final int USER_INFORMATION = 0x50;
    static final int MAX_LENGTH = 0x51;
    static final int IMPLEMENTATION_CLASS_UID = 0x52;
    static final int ROLE_SELECTION = 0x54;
    static final int IMPLEMENTATION_VERSION_NAME = 0x55;
    private static final int PROTOCOL_VERSION = 1;

    private AssociateCodec() {
    }

    public static byte[] encode(AssociateRequest rq) {
        ItemWriter w = header(rq.calledAe(), rq.callingAe(), rq.applicationContext());
        for (PresentationContext pc : rq.contexts()) {
            ItemWriter v = new ItemWriter().u8(pc.id()).zeros(3).textItem(ABSTRACT_SYNTAX, pc.abstractSyntax());
            pc.transferSyntaxes().forEach(ts -> v.textItem(TRANSFER_SYNTAX, ts));
            w.item(PRESENTATION_CONTEXT_RQ, v.toBytes());
        }
        w.item(USER_INFORMATION, user(rq.user()));
        return ItemWriter.pdu(PduType.ASSOCIATE_RQ, w.toBytes());
    }

    public static byte[] encode(AssociateAccept ac) {
        ItemWriter w = header(ac.calledAe(), ac.callingAe(), ac.applicationContext());
        for (PresentationResult r : ac.results()) {
            ItemWriter v = new ItemWriter().u8(r.id()).u8(0).u8(r.result()).u8(0);
            v.textItem(TRANSFER_SYNTAX, r.accepted() ? r.transferSyntax() : "");
            w.item(PRESENTATION_CONTEXT_AC, v.toBytes());
        }
        w.item(USER_INFORMATION, user(ac.user()));
        return ItemWriter.pdu(PduType.ASSOCIATE_AC, w.toBytes());
    }

    public static byte[] encode(AssociateReject rj) {
        return ItemWriter.pdu(PduType.ASSOCIATE_RJ,
                new ItemWriter().u8(0).u8(rj.result()).u8(rj.source()).u8(rj.reason()).toBytes());
    }

    public static AssociateRequest decodeRequest(byte[] body) throws PduException {
        ItemReader r = new ItemReader(body, "A-ASSOCIATE-RQ");
        String[] aes = fixedPart(r);
        String context = null;
        List<PresentationContext> contexts = new ArrayList<>();
        UserInformation user = null;
        while (r.remaining() > 0) {
            int type = r.u8();
            r.skip(1);
            ItemReader item = r.slice(r.u16(), "A-ASSOCIATE-RQ item 0x" + Integer.toHexString(type));
            switch (type) {
                case APPLICATION_CONTEXT -> context = item.text(item.remaining());
                case PRESENTATION_CONTEXT_RQ -> contexts.add(proposal(item));
                case USER_INFORMATION -> user = user(item);
                default -> throw new PduException("A-ASSOCIATE-RQ: unknown item type 0x" + Integer.toHexString(type),
                        PduException.UNRECOGNIZED_PARAMETER);
            }
        }
        return new AssociateRequest(aes[0], aes[1], required(context, "Application Context"), contexts,
                required(user, "User Information"));
    }

    public static AssociateAccept decodeAccept(byte[] body) throws PduException {
        ItemReader r = new ItemReader(body, "A-ASSOCIATE-AC");
        String[] aes = fixedPart(r);
        String context = null;
        List<PresentationResult> results = new ArrayList<>();
        UserInformation user = null;
        while (r.remaining() > 0) {
            int type = r.u8();
            r.skip(1);
            ItemReader item = r.slice(r.u16(), "A-ASSOCIATE-AC item 0x" + Integer.toHexString(type));
            switch (type) {
                case APPLICATION_CONTEXT -> context = item.text(item.remaining());
                case PRESENTATION_CONTEXT_AC -> results.add(result(item));
                case USER_INFORMATION -> user = user(item);
                default -> throw new PduException("A-ASSOCIATE-AC: unknown item type 0x" + Integer.toHexString(type),
                        PduException.UNRECOGNIZED_PARAMETER);
            }
        }
        return new AssociateAccept(aes[0], aes[1], required(context, "Application Context"), results,
                required(user, "User Information"));
    }

    public static AssociateReject decodeReject(byte[] body) throws PduException {
        ItemReader r = new ItemReader(body, "A-ASSOCIATE-RJ");
        r.skip(1);
        return new AssociateReject(r.u8(), r.u8(), r.u8());
    }

    private static ItemWriter header(String called, String calling, String context) {
        return new ItemWriter().u16(PROTOCOL_VERSION).zeros(2).ae(called).ae(calling).zeros(32)
                .textItem(APPLICATION_CONTEXT, context);
    }

    private static String[] fixedPart(ItemReader r) throws PduException {
        int version = r.u16();
        if ((version & PROTOCOL_VERSION) == 0) {
            throw new PduException("protocol version " + version + " not supported", PduException.INVALID_PARAMETER_VALUE);
        }
        r.skip(2);
        String called = r.text(16);
        String calling = r.text(16);
        r.skip(32);
        return new String[] {called, calling};
    }

    private static PresentationContext proposal(ItemReader item) throws PduException {
        int id = item.u8();
        item.skip(3);
        String abstractSyntax = null;
        List<String> syntaxes = new ArrayList<>();
        while (item.remaining() > 0) {
            int type = item.u8();
            item.skip(1);
            String uid = item.text(item.u16());
            if (type == ABSTRACT_SYNTAX) {
                abstractSyntax = uid;
            } else if (type == TRANSFER_SYNTAX) {
                syntaxes.add(uid);
            } else {
                throw new PduException("presentation context " + id + ": unknown sub-item 0x"
                        + Integer.toHexString(type), PduException.UNRECOGNIZED_PARAMETER);
            }
        }
        if (abstractSyntax == null || syntaxes.isEmpty() || id < 1 || (id & 1) == 0) {
            throw new PduException("presentation context " + id + ": needs an odd id, an abstract syntax and a"
                    + " transfer syntax", PduException.INVALID_PARAMETER_VALUE);
        }
        return new PresentationContext(id, abstractSyntax, syntaxes);
    }

    private static PresentationResult result(ItemReader item) throws PduException {
        int id = item.u8();
        item.skip(1);
        int result = item.u8();
        item.skip(1);
        String ts = "";
        while (item.remaining() > 0) {
            int type = item.u8();
            item.skip(1);
            String uid = item.text(item.u16());
            if (type == TRANSFER_SYNTAX) {
                ts = uid;
            }
        }
        return new PresentationResult(id, result, ts);
    }

    private static byte[] user(UserInformation u) {
        ItemWriter w = new ItemWriter().item(MAX_LENGTH, new ItemWriter().u32(u.maxPduLength()).toBytes())
                .textItem(IMPLEMENTATION_CLASS_UID, u.implementationClassUid());
        for (RoleSelection role : u.roles()) {
            byte[] uid = role.sopClass().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            w.item(ROLE_SELECTION, new ItemWriter().u16(uid.length).bytes(uid).u8(role.scu() ? 1 : 0)
                    .u8(role.scp() ? 1 : 0).toBytes());
        }
        if (u.implementationVersionName() != null) {
            w.textItem(IMPLEMENTATION_VERSION_NAME, u.implementationVersionName());
        }
        return w.toBytes();
    }

    private static UserInformation user(ItemReader item) throws PduException {
        long max = 0;
        String classUid = null;
        String version = null;
        List<RoleSelection> roles = new ArrayList<>();
        while (item.remaining() > 0) {
            int type = item.u8();
            item.skip(1);
            ItemReader sub = item.slice(item.u16(), "user information sub-item 0x" + Integer.toHexString(type));
            switch (type) {
                case MAX_LENGTH -> max = sub.u32();
                case IMPLEMENTATION_CLASS_UID -> classUid = sub.text(sub.remaining());
                case IMPLEMENTATION_VERSION_NAME -> version = sub.text(sub.remaining());
                case ROLE_SELECTION -> roles.add(new RoleSelection(sub.text(sub.u16()), sub.u8() == 1, sub.u8() == 1));
                default -> {
                    // asynchronous operations, extended negotiation, user identity: read past, not answered
                }
            }
        }
        return new UserInformation(max, classUid == null ? "" : classUid, version, roles);
    }

    private static <T> T required(T value, String what) throws PduException {
        if (value == null) {
            throw new PduException("A-ASSOCIATE: no " + what + " item", PduException.INVALID_PARAMETER_VALUE);
        }
        return value;
    }
}
