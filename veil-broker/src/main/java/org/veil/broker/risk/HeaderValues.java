package org.veil.broker.risk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/** The quasi-identifiers of one de-identified header, read leniently: a value that does not parse is left out. */
public final class HeaderValues {
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})([DWMY])");
    private static final Pattern ZIP5 = Pattern.compile("(?<!\\d)(\\d{3})\\d{2}(?:-\\d{4})?(?!\\d)");
    private static final Pattern ZIP3_ONLY = Pattern.compile("\\d{3}");

    private final DatasetView view;

    public HeaderValues(Dataset ds) {
        this.view = DatasetView.of(ds);
    }

    /** The value of {@code tag}, trimmed, or null when absent or unreadable. */
    public String string(int tag) {
        try {
            return view.string(tag);
        } catch (RuntimeException e) {
            return null;
        }
    }

    void addTo(Subject s) {
        s.age(ageYears());
        s.add(QuasiIdentifier.SEX, string(Tags.PatientSex));
        String studyDate = string(Tags.StudyDate);
        if (studyDate != null && studyDate.length() >= 4) {
            s.add(QuasiIdentifier.STUDY_YEAR, studyDate.substring(0, 4));
        }
        s.add(QuasiIdentifier.ZIP3, zip3(string(Tags.PatientAddress)));
        s.add(QuasiIdentifier.INSTITUTION, string(Tags.InstitutionName));
        String maker = string(Tags.Manufacturer);
        String model = string(Tags.ManufacturerModelName);
        if (maker != null || model != null) {
            s.add(QuasiIdentifier.DEVICE, (maker == null ? "" : maker) + " " + (model == null ? "" : model));
        }
        s.add(QuasiIdentifier.MODALITY, string(Tags.Modality));
        s.add(QuasiIdentifier.BODY_PART, string(Tags.BodyPartExamined));
        s.add(QuasiIdentifier.SERIES_DESCRIPTION, string(Tags.SeriesDescription));
    }

    /** A CT or MR of the head: Body Part Examined or Series Description says head, brain or skull. */
    boolean headScan() {
        String modality = string(Tags.Modality);
        if (!"CT".equals(modality) && !"MR".equals(modality)) {
            return false;
        }
        String where = (string(Tags.BodyPartExamined) + " " + string(Tags.SeriesDescription)).toUpperCase(
                java.util.Locale.ROOT);
        return where.contains("HEAD") || where.contains("BRAIN") || where.contains("SKULL");
    }

    /** Whether (0012,0064) records Clean Recognizable Visual Features (DCM 113102). */
    boolean defaced() {
        var methods = view.dataset().get(Tags.DeidentificationMethodCodeSequence);
        if (methods == null || methods.sequence() == null) {
            return false;
        }
        for (Dataset item : methods.sequence()) {
            if ("113102".equals(DatasetView.of(item).string(Tags.CodeValue))) {
                return true;
            }
        }
        return false;
    }

    /** Age in whole years from Patient's Age, else from birth date and study date; null when neither is usable. */
    public Integer ageYears() {
        String age = string(Tags.PatientAge);
        if (age != null) {
            Matcher m = AGE.matcher(age);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                return m.group(2).equals("Y") ? n : m.group(2).equals("M") ? n / 12 : 0;
            }
        }
        String birth = string(Tags.PatientBirthDate);
        String study = string(Tags.StudyDate);
        if (birth == null || study == null || birth.length() < 8 || study.length() < 8) {
            return null;
        }
        try {
            int years = Integer.parseInt(study.substring(0, 4)) - Integer.parseInt(birth.substring(0, 4));
            if (study.substring(4, 8).compareTo(birth.substring(4, 8)) < 0) {
                years--;
            }
            return years < 0 ? null : years;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String zip3(String address) {
        if (address == null) {
            return null;
        }
        if (ZIP3_ONLY.matcher(address.trim()).matches()) {
            return address.trim();
        }
        String found = null;
        Matcher m = ZIP5.matcher(address);
        while (m.find()) {
            found = m.group(1);
        }
        return found;
    }
}
