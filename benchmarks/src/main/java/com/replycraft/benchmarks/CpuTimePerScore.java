package com.replycraft.benchmarks;

import com.replycraft.scoring.ScoreResult;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * CPU time and allocation per score of {@link ScorerBenchmark}'s request, read from the thread's
 * own counters ({@code ThreadMXBean}): unlike wall-clock latency it does not count the time the
 * thread waits for a core, so it stays comparable on a shared machine. Not a JMH benchmark; run:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar com.replycraft.benchmarks.CpuTimePerScore</pre>
 *
 * Arguments (optional): warm-up calls (5000), calls per round (4000), rounds (8), and {@code
 * unseen} to score with a scorer that analyses the thread afresh on every call ({@link
 * ScorerBenchmark#scoreDraftInUnseenThread}) instead of the composer's repeated rounds in one
 * thread.
 */
public final class CpuTimePerScore {

  private CpuTimePerScore() {}

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    boolean unseen = args.length > 3 && args[3].equals("unseen");
    ScorerBenchmark benchmark = new ScorerBenchmark();
    benchmark.setUp();
    Supplier<ScoreResult> score =
        unseen ? benchmark::scoreDraftInUnseenThread : benchmark::scoreDraftInSixMessageThread;
    ScoreResult last = null;
    for (int i = 0; i < warmUp; i++) {
      last = score.get();
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    double best = Double.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getThreadAllocatedBytes(thread);
      long wall = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        last = score.get();
      }
      double wallUs = (System.nanoTime() - wall) / 1e3 / calls;
      double cpuUs = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / calls;
      double kb = (threads.getThreadAllocatedBytes(thread) - bytes) / 1024.0 / calls;
      best = Math.min(best, cpuUs);
      System.out.printf(
          "round %d: wall %.1f us, cpu %.1f us, %.1f KB allocated per score%n",
          round + 1, wallUs, cpuUs, kb);
    }
    System.out.printf(
        "best cpu %.1f us per score (%d findings, %s)%n",
        best, last.findings().size(), unseen ? "thread analysed afresh" : "repeated rounds");
  }
}
