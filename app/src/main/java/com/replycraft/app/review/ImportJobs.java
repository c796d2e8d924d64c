package com.replycraft.app.review;

import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

/**
 * Runs uploaded imports off the request and UI threads, at most two at a time, reading the upload
 * from its temporary file (constant memory however large) and deleting the file afterwards.
 */
@Service
public class ImportJobs {

  /** How far an import has got, for a progress bar. */
  @FunctionalInterface
  public interface Progress {

    /**
     * @param fraction share of the file's bytes read, 0..1
     */
    void update(double fraction, long linesRead, int messagesStored, int rejected);
  }

  private final ImportService imports;
  private final ExecutorService workers =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "transcript-import");
            thread.setDaemon(true);
            return thread;
          });

  ImportJobs(ImportService imports) {
    this.imports = imports;
  }

  /**
   * Imports the file in the background; the file is deleted when done.
   *
   * @return the report, or completes exceptionally with {@link ImportFormatException} when the file
   *     as a whole cannot be imported
   */
  public CompletableFuture<ImportReport> start(Path file, ImportFormat format, Progress progress) {
    return CompletableFuture.supplyAsync(() -> run(file, format, progress), workers);
  }

  private ImportReport run(Path file, ImportFormat format, Progress progress) {
    try {
      long size = Math.max(1, Files.size(file));
      AtomicLong read = new AtomicLong();
      try (Reader reader =
          new BufferedReader(
              new InputStreamReader(
                  new Counting(Files.newInputStream(file), read), StandardCharsets.UTF_8),
              64 * 1024)) {
        ImportProgress told =
            (lines, messages, rejected) ->
                progress.update(
                    Math.min(1.0, (double) read.get() / size), lines, messages, rejected);
        return format == ImportFormat.JSONL
            ? imports.importJsonl(reader, told)
            : imports.importCsv(reader, told);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A temporary file; the OS cleans its temp directory.
      }
    }
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {

    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
