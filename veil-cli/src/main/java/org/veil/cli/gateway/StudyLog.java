package org.veil.cli.gateway;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per study: once a study has had nothing new for a while (or the gateway stops), how many of its
 * instances were de-identified and forwarded. A study is named by its de-identified Study Instance UID, or only by a
 * number when the run keeps original UIDs (retain-uids), so the log never holds an original identifier. Thread-safe.
 */
final class StudyLog {
    private static final Logger LOG = LoggerFactory.getLogger(StudyLog.class);

    private final boolean nameByUid;
    private final long quietMillis;
    private final AtomicLong numbers = new AtomicLong();
    private final Map<String, Study> studies = new ConcurrentHashMap<>();
    private final Map<String, Study> byInstance = new ConcurrentHashMap<>();

    private static final class Study {
        final long number;
        final AtomicLong deidentified = new AtomicLong();
        final AtomicLong forwarded = new AtomicLong();
        volatile long last = System.currentTimeMillis();

        Study(long number) {
            this.number = number;
        }
    }

    StudyLog(boolean nameByUid, long quietMillis) {
        this.nameByUid = nameByUid;
        this.quietMillis = quietMillis;
    }

    /** Spool instance {@code id} was de-identified into study {@code studyUid} (the de-identified UID). */
    void deidentified(String id, String studyUid) {
        String key = studyUid == null ? "" : studyUid;
        Study s = studies.computeIfAbsent(key, k -> new Study(numbers.incrementAndGet()));
        s.deidentified.incrementAndGet();
        s.last = System.currentTimeMillis();
        byInstance.put(id, s);
    }

    /** Spool instance {@code id} was forwarded (unknown ids, de-identified before a restart, are not counted). */
    void forwarded(String id) {
        Study s = byInstance.remove(id);
        if (s != null) {
            s.forwarded.incrementAndGet();
            s.last = System.currentTimeMillis();
        }
    }

    /** Logs and forgets the studies quiet for long enough whose instances were all forwarded; all when {@code all}. */
    void flush(boolean all) {
        long now = System.currentTimeMillis();
        Iterator<Map.Entry<String, Study>> it = studies.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Study> e = it.next();
            Study s = e.getValue();
            boolean settled = s.forwarded.get() >= s.deidentified.get() && now - s.last >= quietMillis;
            if (all || settled) {
                it.remove();
                LOG.info("study {}: {} instance(s) de-identified, {} forwarded", name(e.getKey(), s),
                        s.deidentified.get(), s.forwarded.get());
            }
        }
    }

    private String name(String uid, Study s) {
        return nameByUid && !uid.isEmpty() ? uid : "#" + s.number;
    }
}
