package com.replycraft.scoring.cli;

import com.replycraft.scoring.eval.EvaluateCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Entry point of {@code java -jar replycraft-scoring.jar}: {@code score} (see {@link ScoreCommand})
 * or {@code evaluate} (see {@link EvaluateCommand}).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int status;
    if (args.length > 0 && args[0].equals("evaluate")) {
      // The evaluation table prints ρ, ≥ and —, whatever the platform's default charset.
      PrintStream out =
          new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
      PrintStream err =
          new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
      status = EvaluateCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
      out.flush();
    } else {
      status = new ScoreCommand().run(args, System.in, System.out, System.err);
      System.out.flush();
    }
    if (status != 0) {
      System.exit(status);
    }
  }
}
