package org.veil.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;

/**
 * With {@code --timings}: how each Spark stage (the two passes) used the cores: its tasks, the span from the first
 * task's launch to the last task's end, the tasks' summed run time, and the core-seconds left idle in that span (a
 * straggler shows as idle time at the end). Numbers only; no input is named.
 */
final class TaskTimes extends SparkListener {
    private final Map<Integer, List<long[]>> byStage = new TreeMap<>();

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        TaskInfo t = end.taskInfo();
        byStage.computeIfAbsent(end.stageId(), s -> new ArrayList<>()).add(new long[] {t.launchTime(),
            t.finishTime()});
    }

    /** One line per stage, for {@code cores} task slots. */
    synchronized List<String> lines(int cores) {
        List<String> lines = new ArrayList<>();
        byStage.forEach((stage, tasks) -> {
            long first = Long.MAX_VALUE;
            long last = 0;
            long busy = 0;
            long longest = 0;
            for (long[] t : tasks) {
                first = Math.min(first, t[0]);
                last = Math.max(last, t[1]);
                busy += t[1] - t[0];
                longest = Math.max(longest, t[1] - t[0]);
            }
            long span = last - first;
            lines.add(String.format("stage %d: %d tasks, %.2f s from first launch to last end, tasks %.2f s in all "
                    + "(longest %.2f s), %.2f core-s idle on %d cores", stage, tasks.size(), span / 1e3, busy / 1e3,
                    longest / 1e3, Math.max(0, cores * span - busy) / 1e3, cores));
        });
        return lines;
    }
}
