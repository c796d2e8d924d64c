package com.replycraft.app.review.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.review.ImportReport;
import com.replycraft.app.review.ImportService;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Bulk-import benchmark: 100 000 generated messages (fixed seed) imported as CSV through the real
 * {@link ImportService} into a fresh H2 file database, every conversation audited by the scorer.
 * Reports messages per second and peak heap. Not part of the test run (the class name matches no
 * test pattern); run it on purpose:
 *
 * <pre>./mvnw -q -B -pl app test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Size and seed: {@code -Dbenchmark.messages=100000 -Dbenchmark.seed=20261126}. The figures are
 * printed and written to {@code app/target/import-benchmark/result.txt}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:file:./target/import-benchmark/db-${random.uuid};"
          + "AUTO_SERVER=FALSE",
      "replycraft.data-dir=target/import-benchmark",
      "replycraft.demo=false",
      "replycraft.admin-password=benchmark-admin-password"
    })
class ImportBenchmark {

  private static final Path DIR = Path.of("target", "import-benchmark");

  @Autowired ImportService imports;

  @Test
  void imports_one_hundred_thousand_messages() throws Exception {
    int messages = Integer.getInteger("benchmark.messages", 100_000);
    long seed = Long.getLong("benchmark.seed", 20261126L);
    Files.createDirectories(DIR);
    Path csv = DIR.resolve("messages-" + messages + "-" + seed + ".csv");
    int conversations;
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      conversations = new TranscriptGenerator(seed).write(out, messages, 40);
    }

    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long started = System.nanoTime();
    ImportReport report;
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      report = imports.importCsv(in);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    sampler.interrupt();
    sampler.join();

    long poolPeaks =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    long maxHeap = Runtime.getRuntime().maxMemory();
    String result =
        String.format(
            Locale.ROOT,
            "Import benchmark: %d messages in %d conversations (seed %d, %.1f MB CSV)%n"
                + "  stored %d messages, %d conversations, %d rejected%n"
                + "  time %.1f s -> %.0f messages/second (auto-QA on, H2 file database)%n"
                + "  peak heap used %.0f MB (sampled every 20 ms); sum of heap pool peaks %.0f MB;"
                + " max heap %.0f MB; %d processors%n",
            messages,
            conversations,
            seed,
            Files.size(csv) / 1e6,
            report.messages(),
            report.conversations(),
            report.rejected().size(),
            seconds,
            report.messages() / seconds,
            sampler.peak() / 1e6,
            poolPeaks / 1e6,
            maxHeap / 1e6,
            Runtime.getRuntime().availableProcessors());
    System.out.println(result);
    Files.writeString(DIR.resolve("result.txt"), result);
    assertThat(report.rejected()).isEmpty();
    assertThat(report.messages()).isEqualTo(messages);
  }

  /** Samples the used heap, keeping the highest value seen. */
  private static final class HeapSampler extends Thread {

    private final AtomicLong peak = new AtomicLong();

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long peak() {
      return peak.get();
    }
  }
}
