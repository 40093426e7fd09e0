package org.veil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil rewrite IN OUT}: parses every file under IN and writes it unchanged (as read) to the same relative path
 * under OUT. The codec alone, without de-identification: used by {@code veil bench} to measure parse + rewrite.
 */
@Command(name = "rewrite", hidden = true, mixinStandardHelpOptions = true,
        description = "Parse every DICOM file under IN and write it unchanged under OUT (codec benchmark).")
final class RewriteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Option(names = "--threads", paramLabel = "N")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(in)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        AtomicInteger failed = new AtomicInteger();
        Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> jobs = files.stream().<Future<?>>map(f -> pool.submit(() -> {
                Path target = out.resolve(in.relativize(f));
                try {
                    folders.computeIfAbsent(target.getParent(), RewriteCommand::createFolder);
                    DicomWriter.write(DicomReader.read(f), target, WriteOptions.AS_READ);
                } catch (IOException | RuntimeException e) {
                    failed.incrementAndGet();
                    System.err.println("veil rewrite: " + e.getMessage());
                }
            })).toList();
            for (Future<?> j : jobs) {
                j.get();
            }
        } finally {
            pool.shutdown();
        }
        return failed.get() == 0 ? Veil.OK : Veil.PROBLEMS;
    }

    /** Creates a folder once; other threads needing it wait until it exists. */
    private static Boolean createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
