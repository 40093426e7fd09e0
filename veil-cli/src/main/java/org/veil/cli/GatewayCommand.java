package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.veil.cli.gateway.Gateway;
import org.veil.cli.gateway.GatewayCounts;
import org.veil.cli.gateway.InstanceStep;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageStore;
import org.veil.profile.ProfileOption;
import org.veil.net.AeTitle;
import org.veil.net.NetOptions;
import org.veil.net.RemoteAe;
import org.veil.net.queue.Forwarder;
import org.veil.pipeline.Destination;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.InvalidRunException;
import org.veil.pipeline.run.KeySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code veil gateway --ae VEIL --port 11112 --forward AE@host:port --spool DIR [deid options]}: a DICOM node that
 * receives, de-identifies and forwards, until it is stopped (SIGTERM, Ctrl-C) or, with {@code --stop-when-idle},
 * until nothing arrived or waited for that long. Prints the counts when it stops.
 */
@Command(name = "gateway", mixinStandardHelpOptions = true, versionProvider = Veil.Version.class, sortOptions = false,
        description = {"Receive DICOM instances (C-STORE), de-identify them as veil deid does, and forward them "
                + "(C-STORE) to another AE. Every instance is kept durably in the spool before it is acknowledged and "
                + "until the destination confirmed it; a killed gateway resumes from the spool when started again. "
                + "Needs a fixed key (--keystore or --pkcs11): pseudonyms must not change across restarts.",
            "Exit codes: 0 stopped with nothing quarantined or refused; 1 something was quarantined or refused by "
                + "the destination; 2 usage error; 4 keystore unusable; 70 internal error."})
final class GatewayCommand implements Callable<Integer> {
    static final String K_REFUSED = "--k cannot be used with the gateway: k-anonymity is a property of the whole "
            + "delivery, and the gateway forwards each instance as soon as it is de-identified, before it knows the "
            + "patients still to come. Measure what was delivered with veil risk OUT --k N, and to enforce k "
            + "de-identify the studies as a batch with veil deid IN OUT --k N";
    @Option(names = "--ae", paramLabel = "AE", defaultValue = "VEIL", description = "our AE title (default VEIL)")
    String ae;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "11112", description = "port to listen on "
            + "(default 11112; 0 for any free port, printed at start)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "0.0.0.0", description = "address to listen on "
            + "(default: every interface)")
    String bind;

    @Option(names = "--forward", required = true, paramLabel = "AE@host:port", description = "where de-identified "
            + "instances are sent")
    String forward;

    @Option(names = "--spool", required = true, paramLabel = "DIR", description = "the persistent queue (holds PHI "
            + "until instances are de-identified; owner-only)")
    Path spool;

    @Option(names = "--quarantine", paramLabel = "DIR", description = "where failing instances are kept with a "
            + "reason (PHI; default: SPOOL/quarantine)")
    Path quarantine;

    @Option(names = "--allow-calling", paramLabel = "AE", split = ",", description = "calling AE titles allowed "
            + "to send (repeatable or comma-separated); others are rejected at association. Default: any caller")
    List<String> callers = new ArrayList<>();

    @Option(names = "--max-associations", paramLabel = "N", defaultValue = "16", description = "associations "
            + "received at once (default 16; more are rejected as busy)")
    int maxAssociations;

    @Option(names = "--forward-associations", paramLabel = "N", defaultValue = "4", description = "associations "
            + "used at once to forward, each kept open while there is work (default 4, what Orthanc serves at once "
            + "by default)")
    int forwarders;

    @Option(names = "--retry-max", paramLabel = "SECONDS", defaultValue = "60", description = "longest wait between "
            + "two attempts to reach the destination (the wait doubles from 1 s; default 60)")
    int retryMax;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "5", description = "times an instance is sent "
            + "while the destination answers it with a failure status, before it is set aside in SPOOL/refused")
    int attempts;

    @Option(names = "--stop-when-idle", paramLabel = "SECONDS", description = "stop once nothing arrived, ran or "
            + "waited for this long (default: run until stopped)")
    Integer stopWhenIdle;

    @Mixin
    DeidRunArgs runArgs;

    /** Accepted only to refuse it with a reason: k-anonymity is a property of a whole delivery (docs/risk.md). */
    @Option(names = "--k", paramLabel = "N", hidden = true)
    Integer k;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (k != null) {
            throw new ParameterException(spec.commandLine(), K_REFUSED);
        }
        RunKey key = key();
        String url = runArgs.linkageUrl();
        try (LinkageStore store = url == null ? null : LinkageConnection.open(url, key.key())) {
            DeidRun run = build(DeidRunArgs.keySource(key, store));
            return serve(run, settings(run), store);
        }
    }

    /**
     * Serves until stopped. The stop path (on SIGTERM or Ctrl-C before the JVM shuts down, see {@link StopSignals})
     * closes the gateway, whose running instances finish and commit their links, then the linkage store.
     */
    private Integer serve(DeidRun run, Gateway.Settings settings, LinkageStore store)
            throws IOException, InterruptedException {
        Gateway gateway = new Gateway(settings, instanceStep(run));
        PrintWriter out = spec.commandLine().getOut();
        int bound = gateway.start();
        out.println("veil gateway: listening as " + ae + " on port " + bound + ", forwarding to " + settings.forward()
                + (callers.isEmpty() ? " (any calling AE)" : " (calling AEs: " + callers.size() + " allowed)"));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                stop(gateway, store, out);
            }
        };
        Thread hook = new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "veil-gateway-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (StopSignals signals = StopSignals.install(stop)) {
            if (stopWhenIdle == null) {
                stopped.await();
            } else {
                waitUntilIdle(gateway, Duration.ofSeconds(stopWhenIdle));
                Runtime.getRuntime().removeShutdownHook(hook);
                stop.run();
            }
        }
        GatewayCounts c = gateway.counts();
        return c.quarantined() + c.refused() + c.failed() > 0 ? Veil.PROBLEMS : Veil.OK;
    }

    private void stop(Gateway gateway, LinkageStore store, PrintWriter out) {
        gateway.close();
        if (store != null) {
            try {
                store.close();
            } catch (LinkageException e) {
                spec.commandLine().getErr().println("veil gateway: " + e.getMessage());
            }
        }
        out.println("veil gateway: stopped; " + gateway.counts());
        out.flush();
    }

    private static void waitUntilIdle(Gateway gateway, Duration idle) throws InterruptedException {
        long quietSince = System.nanoTime();
        long last = -1;
        while (true) {
            Thread.sleep(200);
            long seen = gateway.counts().received() + gateway.counts().forwarded() + gateway.counts().refused();
            if (seen != last || gateway.pending() > 0 || gateway.active() > 0) {
                last = seen;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= idle.toNanos()) {
                return;
            }
        }
    }

    private Gateway.Settings settings(DeidRun run) {
        RemoteAe peer;
        InetAddress address;
        Set<String> allowed = new LinkedHashSet<>();
        try {
            peer = RemoteAe.parse(forward);
            AeTitle.check(ae);
            for (String c : callers) {
                allowed.add(AeTitle.check(c));
            }
            address = InetAddress.getByName(bind);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (UnknownHostException e) {
            throw new UsageException("--bind: unknown address " + bind);
        }
        if (port < 0 || port > 65535 || maxAssociations < 1 || forwarders < 1 || retryMax < 1 || attempts < 1) {
            throw new UsageException("--port is 0..65535; --max-associations, --forward-associations, --retry-max "
                    + "and --attempts are at least 1");
        }
        return new Gateway.Settings(NetOptions.of(ae), address, port, allowed, maxAssociations, peer, forwarders,
                new Forwarder.Retry(Duration.ofSeconds(1), Duration.ofSeconds(Math.max(1, retryMax)), attempts),
                spool, quarantine != null ? quarantine : spool.resolve("quarantine"), run.threads(),
                !run.profileOptions().contains(ProfileOption.RETAIN_UIDS));
    }

    /** The key must be fixed: a random key would give an instance resumed after a restart other pseudonyms. */
    private RunKey key() {
        RunKey k = runArgs.key();
        if (k.origin() != KeyOrigin.SUPPLIED) {
            throw new UsageException("the gateway needs a fixed key (--keystore FILE or --pkcs11 CONFIG): with a "
                    + "random key, instances de-identified after a restart would get other pseudonyms than their "
                    + "study's first instances");
        }
        return k;
    }

    private DeidRun build(KeySource source) {
        try {
            return DeidRun.builder(runArgs.runOptions().build(), source).protector(runArgs.protector())
                    .notices(n -> spec.commandLine().getErr().println("veil gateway: " + n)).build();
        } catch (InvalidRunException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** One per-instance flow of the run, shared by every worker, into the gateway's own sinks. */
    private static Function<Destination, InstanceStep> instanceStep(DeidRun run) {
        if (run.defaces()) {
            throw new UsageException("the gateway cannot apply clean-recognizable-visual-features: defacing is "
                    + "planned over whole series, and a gateway receives one instance at a time; deface with veil "
                    + "deid on a folder");
        }
        return d -> run.perInstance(d.output(), d.quarantine())::process;
    }
}
