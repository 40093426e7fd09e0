package org.veil.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.ProjectKey;

/**
 * Every row of an encrypted H2 linkage store, without the times it records (first and last sightings, warning
 * times differ between two runs by nature): what must be the same after a Spark job and a folder run.
 */
final class LinkageDump {
    private LinkageDump() {
    }

    static List<String> of(Path base, ProjectKey key) throws SQLException {
        Properties p = new Properties();
        p.setProperty("password", HexFormat.of().formatHex(key.subkeys().hmac(KeyPurpose.LINKAGE_STORE,
                "h2-file-password".getBytes(StandardCharsets.US_ASCII))) + " ");
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";CIPHER=AES;AUTO_SERVER=TRUE", p);
             Statement s = c.createStatement()) {
            add(rows, s, "SELECT 'patient', key_fp, issuer, patient_id, pseudonym, date_offset FROM veil_patient");
            add(rows, s, "SELECT 'study', key_fp, study_uid, pseudo_study_uid, patient_pseudonym, accession, "
                    + "pseudo_accession FROM veil_study");
            add(rows, s, "SELECT 'warning', key_fp, kind, subject, detail FROM veil_warning");
        }
        rows.sort(null);
        return rows;
    }

    private static void add(List<String> rows, Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
    }
}
