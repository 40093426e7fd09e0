package org.veil.deid.engine;

import java.util.Set;
import org.veil.deid.pseudo.DateShifter;
import org.veil.deid.pseudo.IdPseudonymizer;
import org.veil.deid.pseudo.InvalidUidPolicy;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.Subkeys;
import org.veil.deid.pseudo.UidOptions;
import org.veil.deid.pseudo.UidPseudonymizer;
import org.veil.dicom.dict.UidRegistry;
import org.veil.profile.ProfileOption;

/** The run's thread-safe collaborators, derived once from the {@link DeidConfig}. */
final class RunServices {
    final DeidConfig config;
    final Set<ProfileOption> options;
    final Subkeys subkeys;
    final IdPseudonymizer ids;
    final UidPseudonymizer uids;
    final DateShifter dates;

    RunServices(DeidConfig config) {
        this.config = config;
        this.options = config.options();
        this.subkeys = config.key().subkeys();
        this.ids = new IdPseudonymizer(subkeys, config.idOptions());
        this.uids = new UidPseudonymizer(subkeys, UidOptions.defaults().withKeep(RunServices::registered)
                .withInvalid(InvalidUidPolicy.MAP));
        this.dates = new DateShifter(subkeys, config.shiftRange());
    }

    /** Registered UIDs (SOP classes, transfer syntaxes, coding schemes, well-known instances) are never remapped. */
    static boolean registered(String uid) {
        return UidRegistry.isRegistered(uid);
    }

    boolean has(ProfileOption option) {
        return options.contains(option);
    }

    /** A keyed code for device names (AE titles), at most 16 characters. */
    String deviceCode(String value) {
        byte[] mac = subkeys.hmac(KeyPurpose.DEVICE, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "DEV" + org.veil.deid.pseudo.Base32.encode(java.util.Arrays.copyOf(mac, 8)).substring(0, 13);
    }
}
