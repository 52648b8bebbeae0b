package lbw.scale;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import lbw.cli.Main;

/**
 * The child side of {@link ScaleReport}: runs {@code solve FILE} in this fresh JVM exactly as the CLI does (the
 * printed results are discarded) and prints one line
 * {@code status seconds cpuSeconds peakHeapBytes peakRssBytes lastError}: the wall time of the solve, the CPU time of
 * the whole JVM (all threads), the peak heap in use over all heap pools, and the process's peak resident set size
 * ({@code VmHWM} from {@code /proc/self/status}; -1 where the system has no such file).
 */
public final class ScaleProbe {

    private ScaleProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ScaleProbe SCENARIO.json");
            System.exit(2);
        }
        PrintStream realOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        int status = Main.run(new String[] {"solve", args[0]}, discard,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - t0) / 1e9;
        String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
        String last = lines[lines.length - 1].replace('\t', ' ');
        realOut.println(String.format(Locale.ROOT, "%d %.3f %.3f %d %d %s", status, seconds, cpuSeconds(), peakHeap(),
                peakRss(), last));
        realOut.flush();
        System.exit(0);
    }

    /** The CPU time of this JVM so far, all threads (NaN where the platform does not tell). */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? Double.NaN : ns / 1e9;
        }
        return Double.NaN;
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] f = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(f[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
